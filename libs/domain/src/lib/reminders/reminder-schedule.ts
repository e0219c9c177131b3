import { addDays } from '../checklists/due-date';
import { zonedWallTimeToInstant } from '../time/zoned-time';
import { REMINDER_CATCH_UP_HOURS } from './reminder-rules';

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
 * The BullMQ job id of the reminders due at one instant: one job claims every deadline's reminders
 * due then, in one batch. The instant is in the id, so a changed send time or rule makes new jobs,
 * and adding the same instant twice adds one job. BullMQ refuses ':' in custom ids.
 */
export function dueRemindersJobId(at: Date): string {
  return `remind_${at.toISOString().replace(/[:.]/g, '-')}`;
}

/** The instant a `dueRemindersJobId` names, or null for any other id. */
export function instantOfDueRemindersJob(jobId: string): Date | null {
  const match = /^remind_(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(jobId);
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : null;
}

/**
 * The due days whose reminders can fire between two days (inclusive), per kind: a reminder `offset`
 * days before fires on the due day less `offset`, so its due days are the firing days plus
 * `offset`. A day wider on each side covers time zones; with the minutes test setting every
 * offset is minutes, under a day. Lets the database find a window's deadlines without reading all.
 */
export function dueDaysFiringBetween(
  offsetsByKind: Readonly<Record<string, readonly number[]>>,
  firstDay: string,
  lastDay: string,
  offsetsInMinutes = false,
): Array<{ kind: string; from: string; to: string }> {
  return Object.entries(offsetsByKind).flatMap(([kind, offsets]) =>
    (offsetsInMinutes ? (offsets.length > 0 ? [0] : []) : [...new Set(offsets)]).map((offset) => ({
      kind,
      from: addDays(firstDay, offset - 1),
      to: addDays(lastDay, offset + 1),
    })),
  );
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

/**
 * Whether a reminder firing at `firing` is owed by a claim at `claimAt`: it fell due within the
 * catch-up hours before the claim, and after its deadline took its present form (a date set this
 * morning does not owe this morning's reminder), except at the claim's own instant, which is the
 * reminder's own time.
 */
export function reminderOwed(firing: Date, claimAt: Date, deadlineUpdatedAt: Date): boolean {
  const at = firing.getTime();
  const claim = claimAt.getTime();
  return (
    at > claim - REMINDER_CATCH_UP_HOURS * 3_600_000 &&
    at <= claim &&
    (at === claim || at > deadlineUpdatedAt.getTime())
  );
}
