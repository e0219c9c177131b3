/** `time` is for where the day is already shown, as in a calendar's day cell. */
export type DateStyle = 'date' | 'dateTime' | 'time';

const OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

// Building a formatter is costly and tables format hundreds of cells.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

/** A date or instant as people in `locale` write it; '' for nothing or an unreadable value. */
export function formatLocalDate(
  value: string | Date | null | undefined,
  locale: string,
  style: DateStyle = 'dateTime',
): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, OPTIONS[style]);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day (YYYY-MM-DD) as people in `locale` write it: "15 jan. 2027". The same day in
 * every time zone, unlike an instant; '' for nothing or an unreadable day.
 */
export function formatLocalDay(day: string | null | undefined, locale: string): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

/** A number with the locale's digit grouping and decimal sign. */
export function formatLocalNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A rate given in percent (80 for 80 %) the local way: sv "80 %", en "80%"; up to two decimals. */
export function formatLocalPercent(percent: number | null | undefined, locale: string): string {
  if (percent === null || percent === undefined || Number.isNaN(percent)) return '';
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    percentFormats.set(locale, format);
  }
  return format.format(percent / 100);
}
