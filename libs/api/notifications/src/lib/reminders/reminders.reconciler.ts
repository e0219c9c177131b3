import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { addDays, reminderJobId } from '@gp/domain';
import { QueueName, ReminderQueue, type ReminderJob, type ReminderRuleChange } from '@gp/api/core';
import { DeadlineEntity, ReminderRules } from '@gp/api/data';

export const RECONCILE_JOB = 'reconcile';
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
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue<ReminderJob>,
    private readonly reminders: ReminderQueue,
    private readonly rules: ReminderRules,
  ) {}

  /**
   * The start's reconciliation runs as a job like the later ones, not in the boot: a worker told to
   * stop while starting then stops cleanly, and two workers starting together share the work.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RECONCILE_JOB,
      { every: RECONCILE_EVERY_MS },
      { name: RECONCILE_JOB },
    );
    await this.queue.add(RECONCILE_JOB, {} as ReminderJob, {
      jobId: `${RECONCILE_JOB}-at-start-${Date.now()}`,
    });
  }

  /** @returns how many reminder jobs were offered to Redis */
  async reconcile(now = new Date()): Promise<number> {
    const plan = await this.rules.plan();
    const open = await this.openDeadlines(now);
    const jobs = open.flatMap((deadline) => this.reminders.jobsFor(deadline, plan, now));
    for (let i = 0; i < jobs.length; i += 1000) await this.queue.addBulk(jobs.slice(i, i + 1000));
    this.logger.log(
      `Reminders reconciled: ${jobs.length} job(s) of ${open.length} open deadline(s) added or kept`,
    );
    return jobs.length;
  }

  /**
   * An admin changed a kind's reminder days: the removed days' jobs go (they would send nothing,
   * but should not sit in Redis), and the new days' jobs come at once rather than at the next
   * reconcile.
   */
  async applyRuleChange(change: ReminderRuleChange, now = new Date()): Promise<number> {
    if (change.removedOffsets.length > 0) {
      const open = (await this.openDeadlines(now)).filter((deadline) => deadline.kind === change.kind);
      for (const deadline of open)
        for (const offset of change.removedOffsets)
          await this.queue.remove(reminderJobId(deadline.id, offset, deadline.dueOn));
    }
    return this.reconcile(now);
  }

  private openDeadlines(now: Date) {
    // The day-after reminder of yesterday's deadlines may still be to come.
    const since = addDays(now.toISOString().slice(0, 10), -2);
    return this.dataSource.manager.find(DeadlineEntity, {
      where: { status: 'open', dueOn: MoreThanOrEqual(since) },
      select: { id: true, kind: true, dueOn: true, dueAt: true, status: true },
    });
  }
}
