/**
 * Dates as people and PostgreSQL's `date` column mean them: a pattern such as YYYY-MM-DD lets
 * through 2027-02-30 and 0000-00-00, which the database then refuses with an error of its own.
 * The API's DTOs and query parameters and the web's forms all ask these.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** The years a date of this desk may fall in: four-digit years, none before 1000. */
export const CALENDAR_YEARS = { min: 1000, max: 9999 } as const;

/** The number of days in a month (1–12) of a year of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a value is a day that exists, written YYYY-MM-DD, e.g. 2028-02-29 but not 2027-02-29. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = DATE.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return (
    year >= CALENDAR_YEARS.min && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Whether a value is a wall-clock time that exists on a calendar, written YYYY-MM-DDTHH:mm. */
export function isLocalDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = LOCAL_DATE_TIME.exec(value);
  return parts !== null && isCalendarDate(parts[1]) && Number(parts[2]) <= 23 && Number(parts[3]) <= 59;
}
