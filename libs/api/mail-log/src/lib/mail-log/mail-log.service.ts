import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  MAIL_STATUSES,
  RESENDABLE_MAIL_STATUSES,
  type CurrentUser,
  type MailLogEntry,
  type MailLogPage,
  type MailStatus,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { MailLogEntity } from '@gp/api/data';
import { composeMail, MailQueue } from '@gp/api/mail';
import { mailLogEntry } from './mail-log-entry';

const testTexts = {
  sv: {
    subject: 'Testmejl från Projektdesken',
    greeting: 'Hej!',
    body: 'Det här är ett testmejl. Om du läser det här fungerar utskicken.',
  },
  nb: {
    subject: 'Testepost fra Projektdesken',
    greeting: 'Hei!',
    body: 'Dette er en testepost. Hvis du leser dette, fungerer utsendelsene.',
  },
  en: {
    subject: 'Test email from Projektdesken',
    greeting: 'Hello,',
    body: 'This is a test email. If you can read it, sending works.',
  },
};

@Injectable()
export class MailLogService {
  private readonly logger = new Logger(MailLogService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(MailLogEntity) private readonly mailLog: Repository<MailLogEntity>,
    private readonly mail: MailQueue,
  ) {}

  /** Newest first; only the given statuses when there are any. */
  async page(limit: number, offset: number, statuses: readonly MailStatus[] = []): Promise<MailLogPage> {
    const [[rows, total], counts] = await Promise.all([
      this.mailLog.findAndCount({
        where: statuses.length > 0 ? { status: In([...statuses]) } : {},
        order: { createdAt: 'DESC' },
        take: limit,
        skip: offset,
      }),
      this.counts(),
    ]);
    return { items: rows.map((row) => this.entry(row)), total, counts };
  }

  /**
   * Queues a failed email again, with its Message-ID (a recipient's mail program sees one email),
   * its attempts from zero and a fresh retry time. A flagged email was cut off mid-send and may
   * have arrived, so it is queued only when the admin confirms.
   * @throws DomainError not_found; 409 resend_needs_confirmation (flagged, no confirm) or
   *   mail_not_resendable (any other status); nothing changes on a refusal
   */
  async resend(id: string, confirm: boolean, by: CurrentUser): Promise<MailLogEntry> {
    const allowed: MailStatus[] = confirm ? [...RESENDABLE_MAIL_STATUSES] : ['failed'];
    // Conditional, so two admins clicking at once queue it once: the second finds it `queued`.
    const [rows]: [Array<{ id: string }>, number] = await this.mailLog.query(
      `UPDATE mail_log SET status = 'queued', attempts = 0, retry_at = NULL, error = NULL, sent_at = NULL,
              resent_at = now(), resent_by = $3
        WHERE id = $1 AND status = ANY($2) RETURNING id`,
      [id, allowed, by.name],
    );
    const row = await this.mailLog.findOneBy({ id });
    if (!row) throw DomainError.notFound('The email');
    if (rows.length === 0) throw refusal(row.status);
    await this.queue(row);
    return this.entry(row);
  }

  /** Emails kept in the log (no SMTP server) reach people through the admin, links and all. */
  private entry(row: MailLogEntity): MailLogEntry {
    return mailLogEntry(row, !this.config.smtpUrl);
  }

  private async queue(row: MailLogEntity): Promise<void> {
    const mail = {
      messageId: row.messageId,
      to: row.recipient,
      subject: row.subject,
      text: row.text,
      html: row.html,
      kind: row.kind,
      language: row.language,
    };
    try {
      await this.mail.enqueueMany([mail], { resentAt: row.resentAt ?? new Date() });
    } catch (error) {
      // The row is `queued`: the worker's outbox sweep sends it once Redis is back.
      this.logger.warn(
        `Resent email ${row.messageId} waits for the outbox sweep: ${(error as Error).message}`,
      );
    }
  }

  private async counts(): Promise<Record<MailStatus, number>> {
    const rows: Array<{ status: MailStatus; n: number }> = await this.mailLog.query(
      `SELECT status, count(*)::int AS n FROM mail_log GROUP BY status`,
    );
    const counts = Object.fromEntries(MAIL_STATUSES.map((status) => [status, 0])) as Record<
      MailStatus,
      number
    >;
    for (const row of rows) if (row.status in counts) counts[row.status] = row.n;
    return counts;
  }

  /** Lets an admin see that email reaches people (or is kept, on the embedded default). */
  async sendTest(to: CurrentUser): Promise<{ messageId: string }> {
    const t = testTexts[to.language];
    const mail = composeMail({
      kind: 'test',
      to: to.email,
      language: to.language,
      subject: t.subject,
      greeting: t.greeting,
      paragraphs: [t.body],
      action: { label: 'Projektdesken', url: `${this.config.appUrl}/admin/mail` },
      signature: 'Projektdesken',
    });
    await this.mail.enqueue(mail);
    return { messageId: mail.messageId };
  }
}

function refusal(status: MailStatus): DomainError {
  if (status === 'flagged')
    return new DomainError(
      'conflict',
      'resend_needs_confirmation',
      'The send of this email was cut off and it may already have arrived; resend it with { "confirm": true } if the recipient does not have it.',
    );
  return new DomainError(
    'conflict',
    'mail_not_resendable',
    `Only a failed or flagged email can be resent; this one is ${status}.`,
  );
}
