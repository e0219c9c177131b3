import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, QueueName, SchedulerKeeper } from '@gp/api/core';
import { ReminderJobName, type RemindersQueue } from '@gp/api/deadline-sync';

/** A cron pattern, not `every`: BullMQ runs a new `every` scheduler at once, and the start's own reconcile is enough. */
const RECONCILE_PATTERN = '*/15 * * * *';
/** The digest waits this long after the reminders' hour, so the morning's reminders are in it. */
const DIGEST_AFTER_MINUTES = 10;

/**
 * The reminders queue's schedulers (reconcile every 15 minutes, the daily digest), kept in Redis by
 * a SchedulerKeeper: put back within a check (SCHEDULER_CHECK_SECONDS) when Redis loses them, and
 * then a reconcile runs at once, since whatever else Redis held is gone too. The start reconciles
 * once.
 */
@Injectable()
export class ReminderSchedulers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly keeper: SchedulerKeeper;

  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: RemindersQueue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const [hour, minute] = config.reminderSendTime.split(':').map(Number);
    const digestAt = (hour * 60 + minute + DIGEST_AFTER_MINUTES) % (24 * 60);
    this.keeper = new SchedulerKeeper(
      queue,
      [
        {
          id: ReminderJobName.Reconcile,
          repeat: { pattern: RECONCILE_PATTERN },
          restored: () => this.reconcileNow('after-loss'),
        },
        {
          id: ReminderJobName.Digest,
          repeat: { pattern: `${digestAt % 60} ${Math.floor(digestAt / 60)} * * *`, tz: config.timeZone },
        },
      ],
      config.schedulerCheckSeconds * 1000,
    );
  }

  /**
   * The start's reconcile runs as a job, not in the boot: a worker told to stop while starting
   * then stops cleanly, and two workers starting together share the work.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.keeper.start();
    await this.reconcileNow('at-start');
  }

  onModuleDestroy(): void {
    this.keeper.stop();
  }

  /** Checks the schedulers now (the tests and the benchmark call it rather than wait a minute). */
  check(): Promise<string[]> {
    return this.keeper.check();
  }

  private async reconcileNow(why: string): Promise<void> {
    await this.queue.add(
      ReminderJobName.Reconcile,
      {},
      // Two workers starting in the same millisecond each reconcile: the id is never shared.
      { jobId: `${ReminderJobName.Reconcile}-${why}-${Date.now()}-${randomUUID()}` },
    );
  }
}
