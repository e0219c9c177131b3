import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OutgoingMail } from '@gp/domain';

export type Claim = 'claimed' | 'done' | 'flagged';

/**
 * Claim, send, mark: the mail log row is the guard against sending an email twice. Only one
 * worker can move a row into `sending`; a row already in `sending` means a send was cut off by a
 * crash, and is flagged for a person rather than sent again.
 */
@Injectable()
export class MailLogClaims {
  private readonly logger = new Logger(MailLogClaims.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(mail: OutgoingMail): Promise<Claim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, language, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'sending')
       ON CONFLICT (message_id) DO NOTHING RETURNING id`,
      [mail.messageId, mail.to, mail.subject, mail.text, mail.html, mail.kind, mail.language],
    );
    if (inserted.length === 1) return 'claimed';

    const [, retried] = await this.dataSource.query(
      // Waiting in the outbox, or failed and retried.
      `UPDATE mail_log SET status = 'sending', error = NULL WHERE message_id = $1 AND status IN ('queued', 'failed')`,
      [mail.messageId],
    );
    if (retried === 1) return 'claimed';

    const [, flagged] = await this.dataSource.query(
      `UPDATE mail_log SET status = 'flagged', error = 'The send was interrupted; check with the recipient before sending again.'
       WHERE message_id = $1 AND status = 'sending'`,
      [mail.messageId],
    );
    if (flagged === 1) {
      this.logger.warn(
        `Mail ${mail.messageId} to ${mail.to} was found mid-send after a crash; flagged, not resent.`,
      );
      return 'flagged';
    }
    return 'done';
  }

  async markDelivered(messageId: string, status: 'sent' | 'kept'): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_log SET status = $2, sent_at = now(), error = NULL WHERE message_id = $1`,
      [messageId, status],
    );
  }

  async markFailed(messageId: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE mail_log SET status = 'failed', error = $2 WHERE message_id = $1`, [
      messageId,
      error.slice(0, 2000),
    ]);
  }
}
