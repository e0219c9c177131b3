import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OutgoingMail } from '@gp/domain';
import { mailOfRow, type LoggedMailRow } from './logged-mail';

/** The row is this job's to send: its attempt number, and since when the email has been tried. */
export interface ClaimedMail {
  outcome: 'claimed';
  attempts: number;
  /** When it was queued, or last resent by an admin: the retry hours count from there. */
  since: Date;
}

export type Claim = ClaimedMail | { outcome: 'done' | 'flagged' };

/** An email of a batch, claimed: the mail log holds it, so the batch job carried only its id. */
export interface ClaimedLoggedMail extends ClaimedMail {
  mail: OutgoingMail;
}

const CUT_OFF = 'The send was interrupted; check with the recipient before sending again.';

interface ClaimedRow {
  attempts: number;
  created_at: Date;
  resent_at: Date | null;
}

type LoggedRow = ClaimedRow & LoggedMailRow;

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
      `UPDATE mail_log SET status = 'flagged', error = $2 WHERE message_id = $1 AND status = 'sending'`,
      [mail.messageId, CUT_OFF],
    );
    if (flagged === 1) {
      this.logger.warn(
        `Mail ${mail.messageId} to ${mail.to} was found mid-send after a crash; flagged, not resent.`,
      );
      return { outcome: 'flagged' };
    }
    return { outcome: 'done' };
  }

  /**
   * Claims the emails of a batch that wait in the outbox, in one statement. Those of the batch
   * found mid-send were cut off by a crash (the batch job is being run again): they are flagged,
   * not sent again. The rest were sent or failed already, by a job of their own.
   */
  async claimLogged(messageIds: readonly string[]): Promise<ClaimedLoggedMail[]> {
    const [rows]: [LoggedRow[], number] = await this.dataSource.query(
      `UPDATE mail_log SET status = 'sending', attempts = attempts + 1, retry_at = NULL
        WHERE message_id = ANY($1) AND status = 'queued'
        RETURNING message_id, recipient, subject, text, html, kind, language, attempts, created_at, resent_at`,
      [messageIds],
    );
    if (rows.length < messageIds.length) {
      const claimed = new Set(rows.map((row) => row.message_id));
      const [cutOff]: [Array<{ message_id: string; recipient: string }>, number] =
        await this.dataSource.query(
          `UPDATE mail_log SET status = 'flagged', error = $2
          WHERE message_id = ANY($1) AND status = 'sending' RETURNING message_id, recipient`,
          [messageIds.filter((id) => !claimed.has(id)), CUT_OFF],
        );
      for (const row of cutOff)
        this.logger.warn(
          `Mail ${row.message_id} to ${row.recipient} was found mid-send after a crash; flagged, not resent.`,
        );
    }
    return rows.map((row) => ({ ...claimed(row), mail: mailOfRow(row) }));
  }

  async markDelivered(messageId: string, status: 'sent' | 'kept'): Promise<void> {
    await this.markAllDelivered([messageId], status);
  }

  async markAllDelivered(messageIds: readonly string[], status: 'sent' | 'kept'): Promise<void> {
    if (messageIds.length === 0) return;
    await this.dataSource.query(
      `UPDATE mail_log SET status = $2, sent_at = now(), error = NULL, retry_at = NULL WHERE message_id = ANY($1)`,
      [messageIds, status],
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
