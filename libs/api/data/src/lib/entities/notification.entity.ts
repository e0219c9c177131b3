import type { ReminderChannel } from '@gp/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DeadlineEntity } from './deadline.entity';
import { UserAccountEntity } from './user-account.entity';

/**
 * One reminder to one person. Unique on what it is (deadline, how many days before, the due day it
 * was for, recipient), so a retried or duplicated job never makes a second one. Its email's status
 * is the mail log row with the same Message-ID.
 */
@Entity({ name: 'notification' })
@Index('UQ_notification_reminder', ['deadlineId', 'offsetDays', 'dueOn', 'recipientId'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'deadline_id', type: 'uuid' })
  deadlineId: string;

  @ManyToOne(() => DeadlineEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deadline_id', foreignKeyConstraintName: 'FK_notification_deadline' })
  deadline: DeadlineEntity;

  @Column({ name: 'offset_days', type: 'int' })
  offsetDays: number;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Index('IDX_notification_recipient')
  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'FK_notification_recipient' })
  recipient: UserAccountEntity;

  /** Sent at once, or gathered into the recipient's daily digest; never both, the row is unique. */
  @Column({ type: 'varchar', length: 10, default: 'immediate' })
  channel: ReminderChannel;

  @Column({ name: 'message_id', type: 'varchar', length: 200 })
  messageId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
