import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnModuleDestroy } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { QueueName } from '@gp/api/core';
import { MailJobName, readMailJob } from '@gp/api/mail';
import { MAIL_JOBS_AT_ONCE } from './mail-concurrency';
import { MailDriver } from './mail-driver';
import { MailOutboxSweeper } from './mail-outbox.sweeper';
import { SendMailJob } from './send-mail.job';

/**
 * The `mail` queue's worker: reads each job by its name and hands it to the class for that job.
 * A failed send is retried by the mail log's own schedule (SendMailJob), not by BullMQ.
 */
@Processor(QueueName.Mail, { concurrency: MAIL_JOBS_AT_ONCE })
export class MailProcessor extends WorkerHost implements OnModuleDestroy {
  constructor(
    private readonly send: SendMailJob,
    private readonly outbox: MailOutboxSweeper,
    private readonly driver: MailDriver,
  ) {
    super();
  }

  /**
   * On shutdown (SIGTERM) the worker first finishes the emails it is sending, and only then are the
   * SMTP connections closed: closed earlier, an email claimed but not yet on a connection would fail.
   * Everything else (Redis, PostgreSQL) closes later, at application shutdown.
   */
  async onModuleDestroy(): Promise<void> {
    await this.startedWorker()?.close();
    this.driver.close();
  }

  /** The BullMQ worker, unless the application stopped before it started. */
  private startedWorker(): Worker | undefined {
    try {
      return this.worker;
    } catch {
      return undefined;
    }
  }

  async process(job: Job<unknown, string, string>): Promise<string> {
    const mailJob = readMailJob(job);
    switch (mailJob.name) {
      case MailJobName.Send:
        return this.send.run(mailJob.data);
      case MailJobName.SendBatch:
        return this.send.runBatch(mailJob.data);
      case MailJobName.SweepOutbox:
        return `${await this.outbox.sweep()} from the outbox`;
    }
  }
}
