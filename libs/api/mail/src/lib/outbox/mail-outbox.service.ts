import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutgoingMail } from '@gp/domain';
import { MailQueue } from '../mail-queue/mail-queue.service';

/**
 * The transactional outbox: an email caused by a change is written `queued` to the mail log in
 * that change's transaction, so it exists if and only if the change does. After the commit it is
 * handed to the mail queue; if Redis is away then, the worker's sweep hands it on later.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger(MailOutbox.name);

  constructor(private readonly queue: MailQueue) {}

  /** Call inside the transaction, with its manager. */
  async add(manager: EntityManager, mails: readonly OutgoingMail[]): Promise<void> {
    if (mails.length === 0) return;
    // One statement of arrays, however many: a batch of 2,000 reminder emails is one round trip.
    await manager.query(
      `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, language, status)
       SELECT m.*, 'queued' FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::text[], $5::text[], $6::varchar[], $7::varchar[])
         AS m(message_id, recipient, subject, text, html, kind, language)
       ON CONFLICT (message_id) DO NOTHING`,
      [
        mails.map((mail) => mail.messageId),
        mails.map((mail) => mail.to),
        mails.map((mail) => mail.subject),
        mails.map((mail) => mail.text),
        mails.map((mail) => mail.html),
        mails.map((mail) => mail.kind),
        mails.map((mail) => mail.language),
      ],
    );
  }

  /**
   * Call after the commit. Hands the emails to Redis in bulk as batch jobs of their Message-IDs
   * (the mail log holds the emails), so 2,000 reminders are queued at once. Never throws: what is
   * not queued now, the sweep queues. `notBefore`: they are sent from then on (due reminders
   * claimed a little ahead of their instant).
   */
  async release(mails: readonly OutgoingMail[], notBefore?: Date): Promise<void> {
    if (mails.length === 0) return;
    try {
      await this.queue.enqueueLogged(
        mails.map((mail) => mail.messageId),
        notBefore,
      );
    } catch (error) {
      this.logger.warn(
        `Email(s) of ${mails.length} wait in the outbox for the worker's sweep: ${(error as Error).message}`,
      );
    }
  }
}
