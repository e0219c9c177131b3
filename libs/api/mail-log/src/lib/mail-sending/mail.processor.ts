import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import type { OutgoingMail } from '@gp/domain';
import { QueueName } from '@gp/api/core';
import { MAIL_CONCURRENCY } from './mail-concurrency';
import { MailDriver } from './mail-driver';
import { MailLogClaims } from './mail-log-claims.service';
import { MailOutboxSweeper, SWEEP_OUTBOX_JOB } from './mail-outbox.sweeper';

/** Sends the `mail` queue's emails; BullMQ retries a failed send with exponential backoff. */
@Processor(QueueName.Mail, { concurrency: MAIL_CONCURRENCY })
export class MailProcessor extends WorkerHost {
  constructor(
    private readonly claims: MailLogClaims,
    private readonly driver: MailDriver,
    private readonly outbox: MailOutboxSweeper,
  ) {
    super();
  }

  async process(job: Job<OutgoingMail>): Promise<string> {
    if (job.name === SWEEP_OUTBOX_JOB) return `${await this.outbox.sweep()} from the outbox`;
    const mail = job.data;
    const claim = await this.claims.claim(mail);
    if (claim !== 'claimed') return claim;
    try {
      await this.driver.deliver(mail);
    } catch (error) {
      await this.claims.markFailed(mail.messageId, error instanceof Error ? error.message : String(error));
      throw error;
    }
    await this.claims.markDelivered(mail.messageId, this.driver.keepsOnly ? 'kept' : 'sent');
    return this.driver.keepsOnly ? 'kept' : 'sent';
  }
}
