import type { Params } from '@angular/router';
import { addDays, type Deadline, type DeadlineFilters } from '@gp/domain';
import type { ProjectFilterKey } from '@gp/web/ui';

/** Calendar days and months are plain strings (YYYY-MM-DD, YYYY-MM): no time zone can shift them. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

/** How far ahead the list looks. */
export const LIST_MONTHS = 3;

export type CalendarView = 'month' | 'list';

/** What the calendar's address says: the board's filters, the view, the month shown, and whether done ones show. */
export interface CalendarQuery {
  programmeId?: string;
  departmentId?: string;
  projectLeadId?: string;
  q?: string;
  view: CalendarView;
  /** YYYY-MM; the month of today when the address names none. */
  month: string;
  showDone: boolean;
}

/** The board's filters, kept in the calendar's address too. */
export type CalendarFilterKey = ProjectFilterKey;
export const CALENDAR_FILTER_KEYS: readonly CalendarFilterKey[] = [
  'programmeId',
  'departmentId',
  'projectLeadId',
  'q',
];

export interface CalendarDay {
  /** YYYY-MM-DD. */
  date: string;
  dayOfMonth: number;
  inMonth: boolean;
  today: boolean;
  deadlines: Deadline[];
}

/** A row of the month grid, Monday first as in Sweden and Norway, with its ISO week number. */
export interface CalendarWeek {
  number: number;
  days: CalendarDay[];
}

/** The deadlines due on one day, as the list shows them. */
export interface DeadlineDay {
  date: string;
  deadlines: Deadline[];
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(day: string): number {
  return (utc(day).getUTCDay() + 6) % 7;
}

/** The ISO 8601 week number: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeek(day: string): number {
  const thursday = addDays(day, 3 - weekdayIndex(day));
  const januaryFirst = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((utc(thursday).getTime() - utc(januaryFirst).getTime()) / DAY_MS / 7) + 1;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [year, index] = month.split('-').map(Number);
  return new Date(Date.UTC(year, index - 1 + by, 1)).toISOString().slice(0, 7);
}

function lastDayOf(month: string): string {
  return addDays(`${shiftMonth(month, 1)}-01`, -1);
}

/** The days the month grid shows: from the Monday of the first week to the Sunday of the last. */
export function monthRange(month: string): { from: string; to: string } {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  return { from: addDays(first, -weekdayIndex(first)), to: addDays(last, 6 - weekdayIndex(last)) };
}

/** From today to the same day of the month {@link LIST_MONTHS} months on (or that month's last day). */
export function listRange(today: string): { from: string; to: string } {
  const month = shiftMonth(monthOf(today), LIST_MONTHS);
  const last = lastDayOf(month);
  const sameDay = `${month}-${today.slice(8)}`;
  return { from: today, to: sameDay < last ? sameDay : last };
}

/** The deadlines by due day, days in order, each day's in the order the API gave. */
export function deadlinesByDay(deadlines: readonly Deadline[]): DeadlineDay[] {
  const days = new Map<string, Deadline[]>();
  for (const deadline of deadlines) {
    const list = days.get(deadline.dueOn);
    if (list) list.push(deadline);
    else days.set(deadline.dueOn, [deadline]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, deadlines: list }));
}

/** The month's weeks, each day with its deadlines. */
export function monthWeeks(month: string, deadlines: readonly Deadline[], today: string): CalendarWeek[] {
  const byDay = new Map(deadlinesByDay(deadlines).map((day) => [day.date, day.deadlines]));
  const { from, to } = monthRange(month);
  const weeks: CalendarWeek[] = [];
  for (let monday = from; monday <= to; monday = addDays(monday, 7)) {
    const days = Array.from({ length: 7 }, (_, i) => {
      const date = addDays(monday, i);
      return {
        date,
        dayOfMonth: Number(date.slice(8)),
        inMonth: monthOf(date) === month,
        today: date === today,
        deadlines: byDay.get(date) ?? [],
      };
    });
    weeks.push({ number: isoWeek(monday), days });
  }
  return weeks;
}

/** Open and its day has passed: said in words on the page, not by colour alone. */
export function isLate(deadline: Deadline, today: string): boolean {
  return deadline.status === 'open' && deadline.dueOn < today;
}

/** The query a bookmarked address holds; unknown or malformed values fall back to the defaults. */
export function calendarQueryFromParams(params: Params, today: string): CalendarQuery {
  const text = (key: string) => (typeof params[key] === 'string' ? (params[key] as string).trim() : '');
  const query: CalendarQuery = {
    view: text('view') === 'list' ? 'list' : 'month',
    month: MONTH.test(text('month')) ? text('month') : monthOf(today),
    showDone: text('status') === 'all',
  };
  for (const key of CALENDAR_FILTER_KEYS) {
    if (text(key)) query[key] = text(key);
  }
  return query;
}

/** What to ask /api/deadlines for: the visible weeks of the month, or the coming months for the list. */
export function deadlineFilters(query: CalendarQuery, today: string): DeadlineFilters {
  const range = query.view === 'month' ? monthRange(query.month) : listRange(today);
  const filters: DeadlineFilters = { ...range };
  for (const key of CALENDAR_FILTER_KEYS) {
    if (query[key]) filters[key] = query[key];
  }
  if (query.showDone) filters.status = 'all';
  return filters;
}

export function sameFilters(a: DeadlineFilters, b: DeadlineFilters): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof DeadlineFilters>;
  return [...keys].every((key) => a[key] === b[key]);
}
