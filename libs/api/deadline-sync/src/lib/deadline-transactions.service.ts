import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { ReminderQueue } from './reminders-queue/reminder-queue.service';
import { ReminderRules } from './reminder-rules.service';
import { syncProjectDeadlines, type ChangedDeadline } from './sync-deadlines';

/** Brings one project's deadline rows in line, inside the transaction that changed it. */
export type SyncDeadlines = (projectId: string) => Promise<void>;

/**
 * A transaction for changes that move deadlines. Deadline rows are written in it; their reminders
 * are scheduled after it commits, so Redis never holds a job for a change that was rolled back.
 */
@Injectable()
export class DeadlineTransactions {
  private readonly logger = new Logger(DeadlineTransactions.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ReminderQueue,
    private readonly rules: ReminderRules,
  ) {}

  async run<T>(work: (manager: EntityManager, sync: SyncDeadlines) => Promise<T>): Promise<T> {
    const changed: ChangedDeadline[] = [];
    const result = await this.dataSource.transaction((manager) =>
      work(manager, async (projectId) => {
        changed.push(...(await syncProjectDeadlines(manager, projectId, this.config)));
      }),
    );
    if (changed.length > 0) {
      // The change is saved: a failure from here on is the reconciler's to mend, not the caller's.
      const plan = await this.rules.plan().catch((error: Error) => {
        this.logger.warn(`Reminder rules not read (${error.message}); the reconciler will schedule.`);
        return null;
      });
      if (plan) await this.reminders.schedule(changed, plan);
    }
    return result;
  }
}
