import type { Currency } from '@gp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber, numericNumber } from './bigint-number.transformer';
import type { ProgrammeEntity } from './programme.entity';
import { VersionedEntity } from './versioned.entity';

/** An open call of a programme ("utlysning"), with its deadline as an instant. */
@Entity({ name: 'programme_call' })
export class CallEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_programme_call_programme_id')
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne('ProgrammeEntity', (programme: ProgrammeEntity) => programme.calls, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_programme_call_programme' })
  programme: ProgrammeEntity;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'opens_on', type: 'date', nullable: true })
  opensOn: string | null;

  @Index('IDX_programme_call_deadline')
  @Column({ name: 'deadline_at', type: 'timestamptz' })
  deadline: Date;

  /** The zone the funder publishes the deadline in, so it can be shown as they wrote it. */
  @Column({ name: 'deadline_time_zone', type: 'varchar', length: 64 })
  deadlineTimeZone: string;

  @Column({ name: 'max_grant_minor', type: 'bigint', nullable: true, transformer: bigintNumber })
  maxGrantMinor: number | null;

  @Column({ name: 'max_grant_currency', type: 'varchar', length: 3, nullable: true })
  maxGrantCurrency: Currency | null;

  @Column({ name: 'co_financing_rate', type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numericNumber })
  coFinancingRatePercent: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;
}
