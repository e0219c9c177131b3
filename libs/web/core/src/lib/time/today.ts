import { InjectionToken } from '@angular/core';

/** A date's calendar day where the person is, as YYYY-MM-DD (what due days are compared with). */
export function calendarDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Today's calendar day, for "overdue". A token so tests pin the day instead of depending on
 * when they run.
 */
export const TODAY = new InjectionToken<() => string>('TODAY', {
  providedIn: 'root',
  factory: () => () => calendarDay(new Date()),
});
