import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { reminderFirings, reminderJobId, type DeadlineStatus, type ReminderFiring } from '@gp/domain';
import { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { QueueName } from '../queues/queue-name';

/** What a reminder job carries: which deadline, how many days before, for which due day. */
export interface ReminderJob {
  deadlineId: string;
  offsetDays: number;
  dueOn: string;
}

/** A deadline whose reminders to (re)schedule: open ones get jobs, others lose them. */
export interface DeadlineToSchedule {
  id: string;
  dueOn: string;
  status: DeadlineStatus;
  /** The due day its jobs were made for before it moved, so they can be removed. */
  previousDueOn?: string | null;
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

  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue<ReminderJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * When each reminder of a due day goes out. Worked out once per day: time-zone arithmetic costs
   * about a millisecond, and a reconcile of 100,000 deadlines meets the same few hundred days.
   */
  private readonly firingsByDay = new Map<string, ReminderFiring[]>();

  private firingsOf(dueOn: string): ReminderFiring[] {
    let firings = this.firingsByDay.get(dueOn);
    if (!firings) {
      if (this.firingsByDay.size > 10_000) this.firingsByDay.clear();
      firings = reminderFirings(
        dueOn,
        this.config.reminderOffsetsDays,
        this.config.timeZone,
        this.config.reminderSendTime,
      );
      this.firingsByDay.set(dueOn, firings);
    }
    return firings;
  }

  /** The jobs a deadline should have now: its open reminders still to come. */
  jobsFor(deadline: DeadlineToSchedule, now = new Date()) {
    if (deadline.status !== 'open') return [];
    return this.firingsOf(deadline.dueOn)
      .filter((firing) => firing.at.getTime() > now.getTime())
      .map((firing) => ({
        name: 'remind',
        data: { deadlineId: deadline.id, offsetDays: firing.offsetDays, dueOn: deadline.dueOn },
        opts: {
          jobId: reminderJobId(deadline.id, firing.offsetDays, deadline.dueOn),
          delay: firing.at.getTime() - now.getTime(),
        },
      }));
  }

  /** Adds the jobs of open deadlines and removes those of moved, done and cancelled ones. */
  async schedule(deadlines: readonly DeadlineToSchedule[], now = new Date()): Promise<void> {
    if (deadlines.length === 0) return;
    try {
      await this.withinWait(async () => {
        for (const deadline of deadlines) {
          const stale = [
            ...(deadline.previousDueOn ? [deadline.previousDueOn] : []),
            ...(deadline.status !== 'open' ? [deadline.dueOn] : []),
          ];
          for (const dueOn of stale)
            for (const offset of this.config.reminderOffsetsDays)
              await this.queue.remove(reminderJobId(deadline.id, offset, dueOn));
        }
        const jobs = deadlines.flatMap((deadline) => this.jobsFor(deadline, now));
        if (jobs.length > 0) await this.queue.addBulk(jobs);
      });
    } catch (error) {
      this.logger.warn(
        `Reminders of ${deadlines.length} deadline(s) not scheduled now (${(error as Error).message}); the reconciler will add them.`,
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
