import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { addDays, REMINDER_CATCH_UP_HOURS, REMINDER_LOOKBACK_DAYS, reminderJobId } from '@gp/domain';
import { QueueName } from '@gp/api/core';
import { DeadlineEntity } from '@gp/api/data';
import {
  ReminderJobName,
  ReminderQueue,
  ReminderRules,
  type RemindersQueue,
  type RemindPayload,
} from '@gp/api/deadline-sync';

const RECONCILE_EVERY_MS = 15 * 60_000;

/**
 * Redis schedules, PostgreSQL remembers: at worker start and every 15 minutes, every open
 * deadline's coming reminders are added again. Their ids are deterministic, so the ones Redis
 * still has stay as they are, and the ones a restart or flush lost come back.
 */
@Injectable()
export class RemindersReconciler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Reminders) private readonly queue: RemindersQueue,
    private readonly reminders: ReminderQueue,
    private readonly rules: ReminderRules,
  ) {}

  /**
   * The start's reconciliation runs as a job like the later ones, not in the boot: a worker told to
   * stop while starting then stops cleanly, and two workers starting together share the work.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ReminderJobName.Reconcile,
      { every: RECONCILE_EVERY_MS },
      { name: ReminderJobName.Reconcile },
    );
    await this.queue.add(
      ReminderJobName.Reconcile,
      {},
      { jobId: `${ReminderJobName.Reconcile}-at-start-${Date.now()}` },
    );
  }

  /**
   * Offers Redis every open deadline's coming reminders, and those that fell due in the last
   * hours without being sent (their job was lost with Redis before it fired, or no worker ran).
   * @returns how many reminder jobs were offered to Redis
   */
  async reconcile(now = new Date()): Promise<number> {
    const started = Date.now();
    return this.offer(await this.openDeadlines(now), now, started);
  }

  /** Removes reminder jobs by id, a thousand at a time. */
  async removeJobs(jobIds: readonly string[]): Promise<void> {
    for (let i = 0; i < jobIds.length; i += 1000)
      await Promise.all(jobIds.slice(i, i + 1000).map((jobId) => this.queue.remove(jobId)));
  }

  /** `started`: the real time the work began, which the delays count from. */
  async offer(open: DeadlineEntity[], now: Date, started: number): Promise<number> {
    const plan = await this.rules.plan();
    const window = now.getTime() - REMINDER_CATCH_UP_HOURS * 3_600_000;
    // Only what fell due after the deadline took its present form: a date set this morning does
    // not owe this morning's reminder.
    const offered = open.flatMap((deadline) =>
      this.reminders.jobsFor(deadline, plan, now, new Date(Math.max(window, deadline.updatedAt.getTime()))),
    );
    const sent = await this.alreadySent(offered.filter((job) => job.opts.delay === 0));
    const jobs = offered.filter((job) => job.opts.delay > 0 || !sent.has(job.opts.jobId));
    // BullMQ counts a delay from when the job reaches Redis, and reading and adding 500,000 jobs
    // takes half a minute: each chunk's delays are shortened by the time gone since `now`.
    for (let i = 0; i < jobs.length; i += 1000) {
      const gone = Date.now() - started;
      await this.queue.addBulk(
        jobs
          .slice(i, i + 1000)
          .map((job) => ({ ...job, opts: { ...job.opts, delay: Math.max(0, job.opts.delay - gone) } })),
      );
    }
    this.logger.log(
      `Reminders reconciled: ${jobs.length} job(s) of ${open.length} open deadline(s) added or kept`,
    );
    return jobs.length;
  }

  /** The ids of those due reminders that already have their notification rows. */
  private async alreadySent(
    due: Array<{ data: RemindPayload; opts: { jobId: string } }>,
  ): Promise<Set<string>> {
    if (due.length === 0) return new Set();
    const rows: Array<{ deadline_id: string; offset_days: number; due_on: string }> =
      await this.dataSource.query(
        `SELECT DISTINCT n.deadline_id, n.offset_days, to_char(n.due_on, 'YYYY-MM-DD') AS due_on
         FROM notification n
         JOIN unnest($1::uuid[], $2::int[], $3::date[]) AS due(deadline_id, offset_days, due_on)
           ON due.deadline_id = n.deadline_id AND due.offset_days = n.offset_days AND due.due_on = n.due_on`,
        [
          due.map((job) => job.data.deadlineId),
          due.map((job) => job.data.offsetDays),
          due.map((job) => job.data.dueOn),
        ],
      );
    return new Set(rows.map((row) => reminderJobId(row.deadline_id, row.offset_days, row.due_on)));
  }

  /** The open deadlines that may still have reminders to come, with what their jobs need. */
  openDeadlines(now: Date) {
    // A deadline past its day may still have its "after" reminders to come.
    const since = addDays(now.toISOString().slice(0, 10), -REMINDER_LOOKBACK_DAYS);
    return this.dataSource.manager.find(DeadlineEntity, {
      where: { status: 'open', dueOn: MoreThanOrEqual(since) },
      select: { id: true, kind: true, dueOn: true, dueAt: true, status: true, updatedAt: true },
    });
  }
}
