import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, ReminderQueue } from '@gp/api/core';
import { syncProjectDeadlines, type ChangedDeadline } from './sync-deadlines';

/** Brings one project's deadline rows in line, inside the transaction that changed it. */
export type SyncDeadlines = (projectId: string) => Promise<void>;

/**
 * A transaction for changes that move deadlines. Deadline rows are written in it; their reminders
 * are scheduled after it commits, so Redis never holds a job for a change that was rolled back.
 */
@Injectable()
export class DeadlineTransactions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ReminderQueue,
  ) {}

  async run<T>(work: (manager: EntityManager, sync: SyncDeadlines) => Promise<T>): Promise<T> {
    const changed: ChangedDeadline[] = [];
    const result = await this.dataSource.transaction((manager) =>
      work(manager, async (projectId) => {
        changed.push(...(await syncProjectDeadlines(manager, projectId, this.config.timeZone)));
      }),
    );
    await this.reminders.schedule(changed);
    return result;
  }
}
