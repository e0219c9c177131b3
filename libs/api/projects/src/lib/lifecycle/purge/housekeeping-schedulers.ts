import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig, QueueName, SchedulerKeeper } from '@gp/api/core';
import { HousekeepingJobName } from './housekeeping-job';

/** Nightly, when nobody restores anything; a purge missed one night is done the next. */
const PURGE_PATTERN = '30 3 * * *';

/**
 * The housekeeping queue's scheduler (the nightly purge of deleted ideas), kept in Redis by a
 * SchedulerKeeper like the reminders' ones: put back within a check when Redis loses it.
 */
@Injectable()
export class HousekeepingSchedulers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly keeper: SchedulerKeeper;

  constructor(@InjectQueue(QueueName.Housekeeping) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    this.keeper = new SchedulerKeeper(
      queue,
      [{ id: HousekeepingJobName.PurgeDeletedIdeas, repeat: { pattern: PURGE_PATTERN, tz: config.timeZone } }],
      config.schedulerCheckSeconds * 1000,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.keeper.start();
  }

  onModuleDestroy(): void {
    this.keeper.stop();
  }

  /** Checks the scheduler now (tests call it rather than wait). */
  check(): Promise<string[]> {
    return this.keeper.check();
  }
}
