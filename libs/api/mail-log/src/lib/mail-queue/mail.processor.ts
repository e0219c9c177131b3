import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName } from '@gp/api/core';
import { MailJobName, readMailJob } from '@gp/api/mail';
import { MAIL_CONCURRENCY } from './mail-concurrency';
import { MailOutboxSweeper } from './mail-outbox.sweeper';
import { SendMailJob } from './send-mail.job';

/**
 * The `mail` queue's worker: reads each job by its name and hands it to the class for that job.
 * BullMQ retries a failed send with exponential backoff.
 */
@Processor(QueueName.Mail, { concurrency: MAIL_CONCURRENCY })
export class MailProcessor extends WorkerHost {
  constructor(
    private readonly send: SendMailJob,
    private readonly outbox: MailOutboxSweeper,
  ) {
    super();
  }

  async process(job: Job<unknown, string, string>): Promise<string> {
    const mailJob = readMailJob(job);
    switch (mailJob.name) {
      case MailJobName.Send:
        return this.send.run(mailJob.data);
      case MailJobName.SweepOutbox:
        return `${await this.outbox.sweep()} from the outbox`;
    }
  }
}
