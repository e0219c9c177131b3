import type { ProgrammeKind } from '@gp/domain';
import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { numericNumber } from './bigint-number.transformer';
import { CallEntity } from './call.entity';
import { VersionedEntity } from './versioned.entity';

/** A funding programme: Erasmus+, ESF+, Interreg Central Baltic, LEADER… */
@Entity({ name: 'programme' })
export class ProgrammeEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  funder: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ProgrammeKind;

  @Column({ name: 'co_financing_rate', type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numericNumber })
  coFinancingRatePercent: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @Column({ name: 'description_sv', type: 'text', default: '' })
  descriptionSv: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  /** Working days before the call deadline an application needs the extract of the minutes. */
  @Column({ name: 'extract_working_days', type: 'int', default: 5 })
  extractWorkingDays: number;

  @OneToMany(() => CallEntity, (call) => call.programme)
  calls: CallEntity[];
}
