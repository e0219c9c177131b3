import type { DeadlineKind } from '@gp/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/**
 * An admin's reminder days for one kind of deadline. A kind without a row follows the
 * organisation's defaults, so deleting the row is how a kind goes back to them.
 */
@Entity({ name: 'reminder_rule' })
export class ReminderRuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind: DeadlineKind;

  /** Days before the due day, earliest reminder first; -1 is the day after. */
  @Column({ name: 'offsets_days', type: 'int', array: true })
  offsetsDays: number[];

  @VersionColumn()
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_reminder_rule_updated_by' })
  updatedBy: UserAccountEntity | null;
}
