import { DEADLINE_KINDS, type DeadlineKind } from '@gp/domain';
import type { Job, Queue } from 'bullmq';

/** The four kinds of work the `reminders` queue carries. The values are the BullMQ job names. */
export enum ReminderJobName {
  /** Send one reminder of one deadline: one job per deadline, offset and due day. */
  Remind = 'remind',
  /** Re-add every reminder of the horizon that Redis lost (at start and every 15 minutes). */
  Reconcile = 'reconcile',
  /** Send the daily digests. */
  Digest = 'digest',
  /** An admin changed a kind's reminder days. */
  RuleChanged = 'rule-changed',
}

/** Which deadline, how many days before, for which due day. */
export interface RemindPayload {
  deadlineId: string;
  offsetDays: number;
  dueOn: string;
}

/** Scheduled work that needs nothing but the time it runs. */
export type NoPayload = Record<string, never>;

/** An admin changed the reminder days of a kind: the worker removes the dropped days' jobs. */
export interface RuleChangedPayload {
  kind: DeadlineKind;
  removedOffsets: number[];
}

/** A job of the `reminders` queue: its name says what its data is. */
export type ReminderJob =
  | { name: ReminderJobName.Remind; data: RemindPayload }
  | { name: ReminderJobName.Reconcile; data: NoPayload }
  | { name: ReminderJobName.Digest; data: NoPayload }
  | { name: ReminderJobName.RuleChanged; data: RuleChangedPayload };

/** What BullMQ stores as a job's data, whatever its name. */
export type ReminderJobData = ReminderJob['data'];

/** The `reminders` queue as BullMQ types it. */
export type RemindersQueue = Queue<ReminderJobData, string, ReminderJobName>;

/**
 * A job the worker received, as the union above. BullMQ types name and data apart, so they are
 * checked together here: a job whose data does not fit its name is refused, not guessed at.
 * @throws Error for an unknown name or data that does not fit it
 */
export function readReminderJob(
  job: Pick<Job<unknown, unknown, string>, 'name' | 'data' | 'id'>,
): ReminderJob {
  switch (job.name) {
    case ReminderJobName.Remind:
      if (isRemindPayload(job.data)) return { name: ReminderJobName.Remind, data: job.data };
      break;
    case ReminderJobName.Reconcile:
      return { name: ReminderJobName.Reconcile, data: {} };
    case ReminderJobName.Digest:
      return { name: ReminderJobName.Digest, data: {} };
    case ReminderJobName.RuleChanged: {
      const change = ruleChangeOf(job.data);
      if (change) return { name: ReminderJobName.RuleChanged, data: change };
      break;
    }
  }
  throw new Error(`Reminders job ${job.id ?? ''} (${job.name}) carries data that does not fit its name`);
}

function isRemindPayload(data: unknown): data is RemindPayload {
  return (
    typeof data === 'object' &&
    data !== null &&
    'deadlineId' in data &&
    typeof data.deadlineId === 'string' &&
    'offsetDays' in data &&
    typeof data.offsetDays === 'number' &&
    'dueOn' in data &&
    typeof data.dueOn === 'string'
  );
}

function ruleChangeOf(data: unknown): RuleChangedPayload | null {
  if (typeof data !== 'object' || data === null || !('kind' in data) || !('removedOffsets' in data))
    return null;
  const kind = DEADLINE_KINDS.find((known) => known === data.kind);
  const removed = data.removedOffsets;
  if (!kind || !Array.isArray(removed)) return null;
  const removedOffsets = removed.filter((offset): offset is number => typeof offset === 'number');
  return removedOffsets.length === removed.length ? { kind, removedOffsets } : null;
}
