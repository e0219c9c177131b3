/**
 * Names of weekdays, months and days in the reader's language. Calendar days are formatted at
 * noon UTC in UTC, so the name is that of the day itself wherever the reader is.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

const capitalised = (text: string, locale: string) =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** Monday first: the short name shown in the grid's header and the long one read out. */
export function weekdayNames(locale: string): Array<{ short: string; long: string }> {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = noon(`2024-01-0${i + 1}`);
    return {
      short: format(locale, { weekday: 'short' }).format(day),
      long: format(locale, { weekday: 'long' }).format(day),
    };
  });
}

/** "Mars 2026": a heading, so capitalised even where month names are not. */
export function monthTitle(month: string, locale: string): string {
  return capitalised(format(locale, { month: 'long', year: 'numeric' }).format(noon(`${month}-01`)), locale);
}

/** "Tisdag 10 mars 2026", for a day's heading and a grid cell's spoken name. */
export function dayTitle(day: string, locale: string): string {
  const text = format(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    noon(day),
  );
  return capitalised(text, locale);
}
