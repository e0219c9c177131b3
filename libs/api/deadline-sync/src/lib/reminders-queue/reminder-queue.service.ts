import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  dueRemindersJobId,
  REMINDERS_PREPARED_AHEAD_MS,
  type DeadlineKind,
  type DeadlineStatus,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, QueueName } from '@gp/api/core';
import { ReminderPlan, type TimedDeadline } from '../reminder-plan';
import { ReminderJobName, type DueRemindersPayload, type RemindersQueue } from './reminder-job';

/** A deadline whose reminders to schedule: only open ones have any. */
export interface DeadlineToSchedule extends TimedDeadline {
  status: DeadlineStatus;
}

/** The job of one instant's reminders as it is handed to BullMQ: its id and delay come with it. */
export interface DueRemindersJob {
  name: ReminderJobName.Remind;
  data: DueRemindersPayload;
  opts: { jobId: string; delay: number };
}

const REDIS_WAIT_MS = 3000;

/**
 * Redis schedules the near future, PostgreSQL remembers: one delayed job per instant at which
 * reminders are due within the horizon (REMINDER_HORIZON_HOURS), named by that instant, so adding
 * it again adds nothing. When it fires, the worker claims from PostgreSQL every reminder due then,
 * so a moved, done or cancelled deadline needs no job removed: it is simply no longer due.
 * Failures are logged, not thrown: the deadline is saved, and the worker's reconciler adds
 * whatever Redis is missing.
 */
@Injectable()
export class ReminderQueue {
  private readonly logger = new Logger(ReminderQueue.name);

  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: RemindersQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The end of the horizon: reminders due later wait in PostgreSQL. */
  horizonEnd(now: Date): Date {
    return new Date(now.getTime() + this.config.reminderHorizonHours * 3_600_000);
  }

  /**
   * The jobs of the given instants, each once, delayed from `now` until the instant less
   * REMINDERS_PREPARED_AHEAD_MS (past instants run at once); the emails wait for the instant.
   */
  jobsAt(instants: Iterable<Date>, now = new Date()): DueRemindersJob[] {
    const byId = new Map<string, DueRemindersJob>();
    for (const at of instants) {
      const jobId = dueRemindersJobId(at);
      if (!byId.has(jobId))
        byId.set(jobId, {
          name: ReminderJobName.Remind,
          data: { at: at.toISOString() },
          opts: { jobId, delay: Math.max(0, at.getTime() - REMINDERS_PREPARED_AHEAD_MS - now.getTime()) },
        });
    }
    return [...byId.values()];
  }

  /** The instants within the horizon at which open `deadlines` have reminders due. */
  instantsWithin(deadlines: readonly DeadlineToSchedule[], plan: ReminderPlan, now: Date): Date[] {
    const end = this.horizonEnd(now).getTime();
    return deadlines
      .filter((deadline) => deadline.status === 'open')
      .flatMap((deadline) => plan.firingsOf(deadline))
      .map((firing) => firing.at)
      .filter((at) => at.getTime() > now.getTime() && at.getTime() <= end);
  }

  /** Makes sure the instants of changed deadlines' coming reminders have their jobs. */
  async schedule(
    deadlines: readonly DeadlineToSchedule[],
    plan: ReminderPlan,
    now = new Date(),
  ): Promise<void> {
    const jobs = this.jobsAt(this.instantsWithin(deadlines, plan, now), now);
    if (jobs.length === 0) return;
    try {
      await this.withinWait(() => this.queue.addBulk(jobs));
    } catch (error) {
      this.logger.warn(
        `Reminders of ${deadlines.length} deadline(s) not scheduled now (${(error as Error).message}); the reconciler will add them.`,
      );
    }
  }

  /**
   * An admin changed a kind's reminder days: the worker reconciles at once, so new days within the
   * horizon get their jobs. If Redis is away, nothing is lost: the next reconcile does the same.
   */
  async ruleChanged(kind: DeadlineKind, version: number): Promise<void> {
    try {
      await this.withinWait(() =>
        this.queue.add(
          ReminderJobName.Reconcile,
          {},
          { jobId: `${ReminderJobName.Reconcile}-rule-${kind}-${version}-${Date.now()}` },
        ),
      );
    } catch (error) {
      this.logger.warn(
        `The change to the ${kind} reminders was not handed to the worker (${(error as Error).message}); the next reconcile applies it.`,
      );
    }
  }

  private async withinWait(work: () => Promise<unknown>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        work(),
        new Promise(
          (_, reject) => (timer = setTimeout(() => reject(new Error('Redis did not answer')), REDIS_WAIT_MS)),
        ),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
