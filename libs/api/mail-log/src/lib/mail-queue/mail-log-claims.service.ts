import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OutgoingMail } from '@gp/domain';

/** The row is this job's to send: its attempt number, and since when the email has been tried. */
export interface ClaimedMail {
  outcome: 'claimed';
  attempts: number;
  /** When it was queued, or last resent by an admin: the retry hours count from there. */
  since: Date;
}

export type Claim = ClaimedMail | { outcome: 'done' | 'flagged' };

interface ClaimedRow {
  attempts: number;
  created_at: Date;
  resent_at: Date | null;
}

/**
 * Claim, send, mark: the mail log row is the guard against sending an email twice. Only one
 * worker can move a row into `sending` (from `queued` or `retrying`, counting the attempt); a row
 * already in `sending` means a send was cut off by a crash, and is flagged for a person rather
 * than sent again. `failed` and `flagged` rows wait for an admin's resend, which queues them.
 */
@Injectable()
export class MailLogClaims {
  private readonly logger = new Logger(MailLogClaims.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(mail: OutgoingMail): Promise<Claim> {
    // Almost every email waits in the outbox, so the update comes first: one query, not two.
    const [rows]: [ClaimedRow[], number] = await this.dataSource.query(
      // Waiting in the outbox (or resent), or waiting for its next try.
      `UPDATE mail_log SET status = 'sending', attempts = attempts + 1, retry_at = NULL
        WHERE message_id = $1 AND status IN ('queued', 'retrying')
        RETURNING attempts, created_at, resent_at`,
      [mail.messageId],
    );
    if (rows.length === 1) return claimed(rows[0]);

    const inserted: ClaimedRow[] = await this.dataSource.query(
      `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, language, status, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'sending', 1)
       ON CONFLICT (message_id) DO NOTHING RETURNING attempts, created_at, resent_at`,
      [mail.messageId, mail.to, mail.subject, mail.text, mail.html, mail.kind, mail.language],
    );
    if (inserted.length === 1) return claimed(inserted[0]);

    const [, flagged] = await this.dataSource.query(
      `UPDATE mail_log SET status = 'flagged', error = 'The send was interrupted; check with the recipient before sending again.'
       WHERE message_id = $1 AND status = 'sending'`,
      [mail.messageId],
    );
    if (flagged === 1) {
      this.logger.warn(
        `Mail ${mail.messageId} to ${mail.to} was found mid-send after a crash; flagged, not resent.`,
      );
      return { outcome: 'flagged' };
    }
    return { outcome: 'done' };
  }

  async markDelivered(messageId: string, status: 'sent' | 'kept'): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_log SET status = $2, sent_at = now(), error = NULL, retry_at = NULL WHERE message_id = $1`,
      [messageId, status],
    );
  }

  /** The SMTP server is away: the error shows while the email waits for its next try. */
  async markRetrying(messageId: string, retryAt: Date, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_log SET status = 'retrying', retry_at = $2, error = $3 WHERE message_id = $1 AND status = 'sending'`,
      [messageId, retryAt, error.slice(0, 2000)],
    );
  }

  async markFailed(messageId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_log SET status = 'failed', retry_at = NULL, error = $2 WHERE message_id = $1`,
      [messageId, error.slice(0, 2000)],
    );
  }
}

function claimed(row: ClaimedRow): ClaimedMail {
  return { outcome: 'claimed', attempts: row.attempts, since: row.resent_at ?? row.created_at };
}
