import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { reminderJobId, type DeadlineStatus } from '@gp/domain';
import { QueueName } from '@gp/api/core';
import { ReminderPlan, type TimedDeadline } from '../reminder-plan';
import {
  ReminderJobName,
  type RemindersQueue,
  type RemindPayload,
  type RuleChangedPayload,
} from './reminder-job';

/** A deadline whose reminders to (re)schedule: open ones get jobs, others lose them. */
export interface DeadlineToSchedule extends TimedDeadline {
  id: string;
  status: DeadlineStatus;
  /** The due day its jobs were made for before it moved, so they can be removed. */
  previousDueOn?: string | null;
}

/** A reminder job as it is handed to BullMQ: its id and delay come with it. */
export interface RemindJobToAdd {
  name: ReminderJobName.Remind;
  data: RemindPayload;
  opts: { jobId: string; delay: number };
}

const REDIS_WAIT_MS = 3000;

/**
 * Redis schedules, PostgreSQL remembers: one delayed job per deadline and reminder offset, with a
 * deterministic id, so adding it again adds nothing. Failures are logged, not thrown: the deadline
 * is saved, and the worker's reconciler adds whatever Redis is missing.
 */
@Injectable()
export class ReminderQueue {
  private readonly logger = new Logger(ReminderQueue.name);

  constructor(@InjectQueue(QueueName.Reminders) private readonly queue: RemindersQueue) {}

  /**
   * The jobs a deadline should have now under `plan`: its open reminders still to come, and with
   * `since` also those due since then, to run at once.
   */
  jobsFor(deadline: DeadlineToSchedule, plan: ReminderPlan, now = new Date(), since = now): RemindJobToAdd[] {
    if (deadline.status !== 'open') return [];
    return plan
      .firingsOf(deadline)
      .filter((firing) => firing.at.getTime() > since.getTime())
      .map((firing) => ({
        name: ReminderJobName.Remind,
        data: { deadlineId: deadline.id, offsetDays: firing.offsetDays, dueOn: deadline.dueOn },
        opts: {
          jobId: reminderJobId(deadline.id, firing.offsetDays, deadline.dueOn),
          delay: Math.max(0, firing.at.getTime() - now.getTime()),
        },
      }));
  }

  /** Adds the jobs of open deadlines and removes those of moved, done and cancelled ones. */
  async schedule(
    deadlines: readonly DeadlineToSchedule[],
    plan: ReminderPlan,
    now = new Date(),
  ): Promise<void> {
    if (deadlines.length === 0) return;
    try {
      await this.withinWait(async () => {
        for (const deadline of deadlines) {
          const stale = [
            ...(deadline.previousDueOn ? [deadline.previousDueOn] : []),
            ...(deadline.status !== 'open' ? [deadline.dueOn] : []),
          ];
          for (const dueOn of stale)
            for (const offset of plan.offsetsOf(deadline.kind))
              await this.queue.remove(reminderJobId(deadline.id, offset, dueOn));
        }
        const jobs = deadlines.flatMap((deadline) => this.jobsFor(deadline, plan, now));
        if (jobs.length > 0) await this.queue.addBulk(jobs);
      });
    } catch (error) {
      this.logger.warn(
        `Reminders of ${deadlines.length} deadline(s) not scheduled now (${(error as Error).message}); the reconciler will add them.`,
      );
    }
  }

  /**
   * Tells the worker a kind's reminder days changed, so it drops the removed days' jobs and adds
   * the new ones now. If Redis is away, nothing is lost: a dropped day's job sends nothing when it
   * fires, and the next reconcile adds the new days.
   */
  async ruleChanged(change: RuleChangedPayload, version: number): Promise<void> {
    try {
      await this.withinWait(async () => {
        await this.queue.add(ReminderJobName.RuleChanged, change, {
          jobId: `${ReminderJobName.RuleChanged}-${change.kind}-${version}-${Date.now()}`,
        });
      });
    } catch (error) {
      this.logger.warn(
        `The change to the ${change.kind} reminders was not handed to the worker (${(error as Error).message}); the reconciler will apply it.`,
      );
    }
  }

  private async withinWait(work: () => Promise<void>): Promise<void> {
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
