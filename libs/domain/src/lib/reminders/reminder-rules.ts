import type { DeadlineKind } from './deadline.contract';

/**
 * Which reminders a kind of deadline gets: whole days before its due day, -1 being the day after.
 * An admin sets them per kind; a kind without its own rule follows the organisation's defaults
 * (REMINDER_OFFSETS_DAYS).
 */
export interface ReminderRule {
  kind: DeadlineKind;
  /** Soonest last: 30, 14, 7, 3, 1, -1. Empty means no reminders for this kind. */
  offsetsDays: number[];
  /** True while the kind follows the defaults. */
  isDefault: boolean;
  /** Sent back on a change, so two admins editing at once do not overwrite each other. */
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

export interface ReminderRuleInput {
  /** null returns the kind to the defaults. */
  offsetsDays: number[] | null;
  /** The version the admin started from; 0 for a kind that follows the defaults. */
  version: number;
}

/** The furthest ahead a reminder may go (a year) and the latest after the due day (a month). */
export const REMINDER_OFFSET_LIMITS = { earliest: 365, latest: -30, most: 10 } as const;

/**
 * How long a reminder that fell due unsent (its job lost with Redis, or no worker running) is
 * still sent: long enough to cover a morning's outage; later than that it is no longer news.
 */
export const REMINDER_CATCH_UP_HOURS = 12;

/**
 * The reminders of an instant are claimed (notification rows, emails `queued` in the mail log) this
 * long before it, and their emails are released at the instant itself: 2,000 reminders due at
 * 08:00 start leaving at 08:00, not after the half second their claim takes. Well under the outbox
 * sweep's 30 s, so the sweep never mistakes a prepared email for a lost one.
 */
export const REMINDERS_PREPARED_AHEAD_MS = 10_000;

/** How many days back a deadline may still have reminders to come: the latest "after" and a day. */
export const REMINDER_LOOKBACK_DAYS = -REMINDER_OFFSET_LIMITS.latest + 1;

export const REMINDER_OFFSETS_PROBLEMS = ['not_whole_days', 'out_of_range', 'too_many'] as const;
export type ReminderOffsetsProblem = (typeof REMINDER_OFFSETS_PROBLEMS)[number];

/** The API's words for each problem; the web app has its own in each language. */
export const REMINDER_OFFSETS_PROBLEM_TEXT: Record<ReminderOffsetsProblem, string> = {
  not_whole_days: 'offsetsDays must be whole days, e.g. [30, 14, 7, 3, 1, -1]',
  out_of_range: `offsetsDays must be from ${REMINDER_OFFSET_LIMITS.earliest} days before to ${-REMINDER_OFFSET_LIMITS.latest} days after the due day`,
  too_many: `offsetsDays may hold at most ${REMINDER_OFFSET_LIMITS.most} reminders`,
};

/**
 * What is wrong with a list of reminder days, or null when it is fine. Duplicates are not an
 * error: they are the same reminder, and `normalizedOffsets` drops them.
 */
export function reminderOffsetsProblem(offsets: readonly unknown[]): ReminderOffsetsProblem | null {
  if (!offsets.every((offset) => Number.isInteger(offset))) return 'not_whole_days';
  const days = offsets as number[];
  const { earliest, latest, most } = REMINDER_OFFSET_LIMITS;
  if (days.some((day) => day > earliest || day < latest)) return 'out_of_range';
  if (new Set(days).size > most) return 'too_many';
  return null;
}

/**
 * Reminder days as a person types them, "30, 14, 7, 3, 1, -1" (commas or spaces, − for minus);
 * null when a part is not a whole number. An empty text is no reminders.
 */
export function parseReminderOffsets(text: string): number[] | null {
  const parts = text
    .replace(/\u2212/g, '-')
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (!parts.every((part) => /^[+-]?\d{1,4}$/.test(part))) return null;
  return parts.map(Number);
}

/** The days without duplicates, earliest reminder first (most days before). */
export function normalizedOffsets(offsets: readonly number[]): number[] {
  return [...new Set(offsets)].sort((a, b) => b - a);
}

/** Reminder days per kind of deadline, as the scheduler uses them. */
export type ReminderOffsetsByKind = Readonly<Record<DeadlineKind, readonly number[]>>;
