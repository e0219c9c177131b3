import type { Currency } from '@gp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/**
 * One month's rate of a currency into the organisation's reporting currency (SEK in Sweden, NOK
 * in Norway): `rate` kronor for one unit of `currency`, as InforEuro publishes it. The reports sum
 * amounts in several currencies with these, and name every rate they used.
 */
@Entity({ name: 'exchange_rate' })
@Index('UQ_exchange_rate_currency_month', ['currency', 'month'], { unique: true })
export class ExchangeRateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_exchange_rate' })
  id: string;

  @Column({ type: 'varchar', length: 3 })
  currency: Currency;

  /** The first day of the month (YYYY-MM-01). */
  @Column({ type: 'date' })
  month: string;

  /** numeric(18,6), read as text by pg so no digit is lost; the service makes it a number. */
  @Column({ type: 'numeric', precision: 18, scale: 6 })
  rate: string;

  @Column({ type: 'text', default: '' })
  source: string;

  /** The plausible rates of the demo data, never to be reported as real ones. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'FK_exchange_rate_updated_by' })
  updatedBy: UserAccountEntity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
