import type { Language, MailStatus } from '@gp/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every email the desk sends: written `queued` in the transaction of the change that caused it
 * (the outbox), then sent over SMTP, or kept here when no SMTP server is configured. Unique on the
 * Message-ID, so a retried job never logs or sends twice.
 */
@Entity({ name: 'mail_log' })
@Index('IDX_mail_log_status_created_at', ['status', 'createdAt'])
export class MailLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_mail_log_message_id', { unique: true })
  @Column({ name: 'message_id', type: 'varchar', length: 300 })
  messageId: string;

  @Column({ type: 'varchar', length: 320 })
  recipient: string;

  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'varchar', length: 60 })
  kind: string;

  /** The recipient's language, sent as Content-Language; kept so a queued row can be sent as it is. */
  @Column({ type: 'varchar', length: 5, default: 'sv' })
  language: Language;

  /** A row left in `sending` after a crash is flagged for a person, never resent by the desk itself. */
  @Column({ type: 'varchar', length: 20 })
  status: MailStatus;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Index('IDX_mail_log_created_at')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Sends tried so far; an SMTP outage makes several. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** While `retrying`: when the next send is tried. */
  @Column({ name: 'retry_at', type: 'timestamptz', nullable: true })
  retryAt: Date | null;

  /** When an admin last sent it again by hand, and who. */
  @Column({ name: 'resent_at', type: 'timestamptz', nullable: true })
  resentAt: Date | null;

  @Column({ name: 'resent_by', type: 'varchar', length: 200, nullable: true })
  resentBy: string | null;
}
