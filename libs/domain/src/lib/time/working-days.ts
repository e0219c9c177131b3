/**
 * Working days as a municipal office counts them: Monday to Friday, less the country's days off.
 * The days off come from outside (the API reads them from a holiday library, see
 * `@gp/domain/holidays`), so these rules stay pure and the web can run them too.
 */

/** Whether a calendar day (YYYY-MM-DD) is a day off besides the weekend. */
export type IsDayOff = (day: string) => boolean;

const DAY_MS = 86_400_000;

/** The calendar day `days` after `day` (negative: before), both YYYY-MM-DD. */
export function addCalendarDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether the office is open on the day: not a Saturday, Sunday or day off. */
export function isWorkingDay(day: string, isDayOff: IsDayOff): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isDayOff(day);
}

/**
 * The `count`th working day after `day` (count > 0) or before it (count < 0), not counting `day`
 * itself; `day` unchanged for 0. Minutes approved "two working days after the meeting" on a
 * Wednesday before Easter are approved on the Tuesday after it in Norway (Maundy Thursday off).
 */
export function addWorkingDays(day: string, count: number, isDayOff: IsDayOff): string {
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(count);
  let current = day;
  while (left > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current, isDayOff)) left--;
  }
  return current;
}

/** The day itself when the office is open, else the last working day before it. */
export function workingDayOnOrBefore(day: string, isDayOff: IsDayOff): string {
  let current = day;
  while (!isWorkingDay(current, isDayOff)) current = addCalendarDays(current, -1);
  return current;
}
