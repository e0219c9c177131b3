import type { Job, Queue } from 'bullmq';

/** The kinds of work the `reminders` queue carries. The values are the BullMQ job names. */
export enum ReminderJobName {
  /** Claim and send every reminder due at one instant, and any left unsent in the hours before. */
  Remind = 'remind',
  /** Bring the next window's instants from PostgreSQL into Redis (at start and every 15 minutes). */
  Reconcile = 'reconcile',
  /** Send the daily digests. */
  Digest = 'digest',
  /** Written by earlier versions when an admin changed a kind's reminder days; read as a reconcile. */
  RuleChanged = 'rule-changed',
}

/** The instant whose reminders a job claims (ISO). */
export interface DueRemindersPayload {
  at: string;
}

/** Scheduled work that needs nothing but the time it runs. */
export type NoPayload = Record<string, never>;

/** A job of the `reminders` queue: its name says what its data is. */
export type ReminderJob =
  | { name: ReminderJobName.Remind; data: DueRemindersPayload }
  | { name: ReminderJobName.Reconcile; data: NoPayload }
  | { name: ReminderJobName.Digest; data: NoPayload };

/** What BullMQ stores as a job's data, whatever its name. */
export type ReminderJobData = ReminderJob['data'];

/** The `reminders` queue as BullMQ types it. */
export type RemindersQueue = Queue<ReminderJobData, string, ReminderJobName>;

/**
 * A job the worker received, as the union above. BullMQ types name and data apart, so they are
 * checked together here: a job whose data does not fit its name is refused, not guessed at.
 * A job an earlier version left in Redis (one reminder of one deadline, or a rule change) is read
 * as the work that now does the same: claiming what is due now, or a reconcile.
 * @throws Error for an unknown name or data that does not fit it
 */
export function readReminderJob(
  job: Pick<Job<unknown, unknown, string>, 'name' | 'data' | 'id'>,
  now = new Date(),
): ReminderJob {
  switch (job.name) {
    case ReminderJobName.Remind: {
      const at = instantOf(job.data);
      if (at) return { name: ReminderJobName.Remind, data: { at } };
      if (isEarlierRemindPayload(job.data))
        return { name: ReminderJobName.Remind, data: { at: now.toISOString() } };
      break;
    }
    case ReminderJobName.Reconcile:
    case ReminderJobName.RuleChanged:
      return { name: ReminderJobName.Reconcile, data: {} };
    case ReminderJobName.Digest:
      return { name: ReminderJobName.Digest, data: {} };
  }
  throw new Error(`Reminders job ${job.id ?? ''} (${job.name}) carries data that does not fit its name`);
}

function instantOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('at' in data) || typeof data.at !== 'string')
    return null;
  return Number.isNaN(Date.parse(data.at)) ? null : new Date(data.at).toISOString();
}

/** One reminder of one deadline, as versions before the batches scheduled them. */
function isEarlierRemindPayload(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'deadlineId' in data && 'offsetDays' in data;
}
