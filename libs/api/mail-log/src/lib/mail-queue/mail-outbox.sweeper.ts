import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, QueueName, SchedulerKeeper } from '@gp/api/core';
import { MailJobName, mailSendJob, type MailQueueClient } from '@gp/api/mail';
import { mailOfRow, type LoggedMailRow } from './logged-mail';

/** Younger rows are still being handed on by the api that wrote them, or by their delayed job. */
const OLDER_THAN_SECONDS = 30;
const ROWS_PER_SWEEP = 1000;

type MailRow = LoggedMailRow & {
  retry_at: Date | null;
};

/**
 * The outbox's relay, every OUTBOX_SWEEP_SECONDS: emails still `queued` in the mail log (their
 * change committed while Redis was away) and emails `retrying` whose time has passed (their
 * delayed job lost with Redis) are put on the mail queue. A job's id is the one it would have had,
 * so one still waiting is not added twice, and the claim in the mail log sends each at most once.
 * Its scheduler is kept in Redis by a SchedulerKeeper: a flushed Redis gets it back.
 */
@Injectable()
export class MailOutboxSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly keeper: SchedulerKeeper;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Mail) private readonly queue: MailQueueClient,
  ) {
    this.keeper = new SchedulerKeeper(
      queue as unknown as Queue,
      [{ id: MailJobName.SweepOutbox, repeat: { every: config.outboxSweepSeconds * 1000 } }],
      config.schedulerCheckSeconds * 1000,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.keeper.start();
  }

  onModuleDestroy(): void {
    this.keeper.stop();
  }

  /** @returns how many emails were handed to the mail queue */
  async sweep(olderThanSeconds = OLDER_THAN_SECONDS): Promise<number> {
    const rows: MailRow[] = await this.dataSource.query(
      `SELECT message_id, recipient, subject, text, html, kind, language, retry_at FROM mail_log
        WHERE (status = 'queued' AND coalesce(resent_at, created_at) < now() - make_interval(secs => $1))
           OR (status = 'retrying' AND retry_at < now() - make_interval(secs => $1))
        ORDER BY created_at LIMIT ${ROWS_PER_SWEEP}`,
      [olderThanSeconds],
    );
    if (rows.length > 0)
      await this.queue.addBulk(
        rows.map((row) => mailSendJob(mailOfRow(row), row.retry_at ? { retryAt: row.retry_at } : {})),
      );
    return rows.length;
  }
}
