import type { Currency } from '@gp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './bigint-number.transformer';
import { DepartmentEntity } from './department.entity';
import { VersionedEntity } from './versioned.entity';

/** A department's frame (ram) for co-funding in one budget year. */
@Entity({ name: 'co_funding_frame' })
@Index('UQ_co_funding_frame_department_year', ['departmentId', 'year'], { unique: true })
export class CoFundingFrameEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_co_funding_frame_department' })
  department: DepartmentEntity;

  @Column({ type: 'int' })
  year: number;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintNumber })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: Currency;
}
