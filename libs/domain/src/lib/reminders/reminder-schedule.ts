import { addDays } from '../checklists/due-date';
import { zonedWallTimeToInstant } from '../time/zoned-time';

/**
 * Days before the due day a reminder goes out; -1 is the day after, sent only if still open.
 * DESIGN.md's defaults; an admin may change them per kind of deadline.
 */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [30, 14, 7, 3, 1, -1];

/** Reminders go out at 08:00 on their day, where the organisation is. */
export const REMINDER_SEND_TIME = '08:00';

export interface ReminderFiring {
  offsetDays: number;
  /** When the reminder is sent. */
  at: Date;
}

/**
 * When each reminder of a deadline due on `dueOn` is sent: 08:00 in the organisation's zone on
 * the day `offset` days before, so 08:00 stays 08:00 across the changes to and from summer time.
 * Sorted soonest first.
 */
export function reminderFirings(
  dueOn: string,
  offsets: readonly number[],
  timeZone: string,
  sendTime = REMINDER_SEND_TIME,
): ReminderFiring[] {
  return [...new Set(offsets)]
    .map((offsetDays) => ({
      offsetDays,
      at: zonedWallTimeToInstant(`${addDays(dueOn, -offsetDays)}T${sendTime}`, timeZone) as Date,
    }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The BullMQ job id of one reminder. Deterministic, so adding it twice adds one job, and it names
 * the due day, so a moved deadline's jobs are new ones and the old ones can be found and removed.
 * BullMQ refuses ':' in custom ids.
 */
export function reminderJobId(deadlineId: string, offsetDays: number, dueOn: string): string {
  return `reminder_${deadlineId}_${offsetDays}_${dueOn}`;
}

/**
 * The test setting's reminders (REMINDER_OFFSETS_IN_MINUTES): each offset counts minutes before
 * the deadline's instant, so a reminder can be watched arriving. Sorted soonest first.
 */
export function reminderFiringsInMinutes(dueAt: Date, offsets: readonly number[]): ReminderFiring[] {
  return [...new Set(offsets)]
    .map((offsetDays) => ({ offsetDays, at: new Date(dueAt.getTime() - offsetDays * 60_000) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
