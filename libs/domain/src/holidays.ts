/**
 * The days off of Sweden and Norway, from the maintained `date-holidays` library: public holidays
 * and the eves offices close on (midsommarafton, julafton, nyårsafton; julaften, nyttårsaften),
 * which the library calls bank holidays. A separate entry point (`@gp/domain/holidays`) so the web
 * app, which never counts working days itself, does not download the library's data.
 */
import Holidays from 'date-holidays';
import type { IsDayOff } from './lib/time/working-days';
import type { Country } from './lib/co-funding/decision-body.contract';

const CLOSED_TYPES = new Set(['public', 'bank']);

/** The country's days off, read from the library once per year asked. */
export function daysOffIn(country: Country): IsDayOff {
  const calendar = new Holidays(country);
  const byYear = new Map<number, ReadonlySet<string>>();
  return (day) => {
    const year = Number(day.slice(0, 4));
    let days = byYear.get(year);
    if (!days) {
      const holidays = calendar.getHolidays(year) || [];
      days = new Set(holidays.filter((h) => CLOSED_TYPES.has(h.type)).map((h) => h.date.slice(0, 10)));
      byYear.set(year, days);
    }
    return days.has(day);
  };
}
