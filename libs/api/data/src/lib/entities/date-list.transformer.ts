import type { ValueTransformer } from 'typeorm';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A `date[]` column as calendar days, YYYY-MM-DD. TypeORM turns a single `date` into such text,
 * but hands an array through as node-postgres parsed it: Dates at local midnight.
 */
export const calendarDayList: ValueTransformer = {
  to: (days: string[] | undefined) => days,
  from: (days: Array<Date | string> | null) =>
    (days ?? []).map((day) =>
      day instanceof Date ? `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}` : day,
    ),
};
