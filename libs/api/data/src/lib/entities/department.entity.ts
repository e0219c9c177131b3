import type { Currency } from '@gp/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './bigint-number.transformer';
import { VersionedEntity } from './versioned.entity';

/** A department of the municipality (förvaltning), e.g. Utbildningsförvaltningen. */
@Entity({ name: 'department' })
export class DepartmentEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  /** What the head of administration decides alone (delegation); null: no delegation set. */
  @Column({ name: 'head_limit_minor', type: 'bigint', nullable: true, transformer: bigintNumber })
  headLimitMinor: number | null;

  @Column({ name: 'head_limit_currency', type: 'varchar', length: 3, nullable: true })
  headLimitCurrency: Currency | null;

  /** A request over more budget years than this goes to the municipal board. */
  @Column({ name: 'board_after_years', type: 'int', default: 3 })
  boardAfterYears: number;
}
