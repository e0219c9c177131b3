import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { instantOfDueRemindersJob, REMINDER_CATCH_UP_HOURS, zonedWallTime } from '@gp/domain';
import { APP_CONFIG, AppConfig, QueueName } from '@gp/api/core';
import { ReminderQueue, ReminderRules, type RemindersQueue } from '@gp/api/deadline-sync';
import { deadlinesFiringBetween, remindersOwed } from './due-deadlines';
import { DueReminders } from './due-reminders';

/** What one reconcile did, for the log and the benchmark. */
export interface Reconciled {
  /** Instants within the horizon that have reminders due, each one job. */
  instants: number;
  /** True when reminders that fell due unsent are claimed now. */
  catchUp: boolean;
  /** Jobs of an earlier send time or of earlier versions taken out of Redis. */
  removed: number;
}

const REMOVE_CHUNK = 1000;

/**
 * Redis schedules the near future, PostgreSQL remembers: at worker start and every 15 minutes, the
 * instants at which reminders fall due within the horizon get their jobs (the ids are the instants,
 * so the ones Redis still has stay as they are), reminders that fell due in the last hours without
 * being claimed (their job was lost with Redis, or no worker ran) are claimed at once, and jobs
 * that no longer fit the plan are taken out. It reads only the deadlines the window holds.
 */
@Injectable()
export class RemindersReconciler {
  private readonly logger = new Logger(RemindersReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.Reminders) private readonly queue: RemindersQueue,
    private readonly reminders: ReminderQueue,
    private readonly rules: ReminderRules,
    private readonly due: DueReminders,
  ) {}

  async reconcile(now = new Date()): Promise<Reconciled> {
    const manager = this.dataSource.manager;
    const plan = await this.rules.plan(manager);
    const since = new Date(now.getTime() - REMINDER_CATCH_UP_HOURS * 3_600_000);
    const deadlines = await deadlinesFiringBetween(
      manager,
      plan,
      since,
      this.reminders.horizonEnd(now),
      this.config.timeZone,
    );
    const open = deadlines.map((deadline) => ({ ...deadline, status: 'open' as const }));
    const jobs = this.reminders.jobsAt(this.reminders.instantsWithin(open, plan, now), now);
    // The window's deadlines hold the catch-up's too: what fell due since `since` and is unsent.
    const unsent = await this.due.unclaimed(manager, remindersOwed(deadlines, plan, now));
    const catchUp = unsent.length > 0;
    if (catchUp) jobs.push(...this.reminders.jobsAt([now], now));
    if (jobs.length > 0) await this.queue.addBulk(jobs);
    const removed = await this.removeStale(new Set(jobs.map((job) => job.opts.jobId)));
    const result = { instants: jobs.length - (catchUp ? 1 : 0), catchUp, removed };
    this.logger.log(
      `Reminders reconciled: ${result.instants} instant(s) within ${this.config.reminderHorizonHours} h scheduled` +
        `${catchUp ? `, ${unsent.length} reminder(s) that fell due unsent claimed now` : ''}` +
        `${removed > 0 ? `, ${removed} stale job(s) removed` : ''}`,
    );
    return result;
  }

  /**
   * Takes out the delayed jobs the plan no longer has: those of an earlier send time, and the
   * one-job-per-reminder ids of earlier versions. A job of an instant that merely has nothing
   * due is left: it claims nothing when it fires, and removing it could race a deadline just saved.
   */
  private async removeStale(wanted: ReadonlySet<string>): Promise<number> {
    const delayed = await this.queue.getRanges(['delayed'], 0, -1);
    const stale = delayed.filter((jobId) => !wanted.has(jobId) && this.isStale(jobId));
    for (let i = 0; i < stale.length; i += REMOVE_CHUNK)
      await Promise.all(stale.slice(i, i + REMOVE_CHUNK).map((jobId) => this.queue.remove(jobId)));
    return stale.length;
  }

  private isStale(jobId: string): boolean {
    if (jobId.startsWith('reminder_')) return true;
    const at = instantOfDueRemindersJob(jobId);
    if (!at || this.config.reminderOffsetsInMinutes) return false;
    return zonedWallTime(at, this.config.timeZone).slice(11, 16) !== this.config.reminderSendTime;
  }
}
