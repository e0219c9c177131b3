import { zonedDay } from '../time/zoned-time';
import type { DueRule } from './checklist.contract';

const DAY_MS = 86_400_000;

/** A calendar day (YYYY-MM-DD) moved by whole days; calendar days have no daylight saving. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day an item is due. "N days before the deadline" counts from the deadline's calendar day
 * where the organisation lives: 12:00 Brussels time on 5 March is 5 March in Stockholm, so
 * "14 days before" is 19 February whatever the season.
 */
export function checklistDueOn(
  rule: DueRule | null,
  callDeadline: string | null,
  timeZone: string,
): string | null {
  if (!rule) return null;
  if (rule.kind === 'fixed') return rule.on;
  if (!callDeadline) return null;
  return addDays(zonedDay(new Date(callDeadline), timeZone), -rule.days);
}

/** Whether an item not done is late on `today` (YYYY-MM-DD, in the organisation's zone). */
export function isOverdue(item: { dueOn: string | null; doneAt: string | null }, today: string): boolean {
  return item.doneAt === null && item.dueOn !== null && item.dueOn < today;
}
