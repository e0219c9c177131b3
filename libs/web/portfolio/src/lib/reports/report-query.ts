import type { Params } from '@angular/router';
import type { ReportQuery, ReportTable } from '@gp/domain';
import { queryStringOf, textParam } from '../shared/portfolio-params';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REPORT_FILTER_KEYS = ['programmeId', 'departmentId', 'projectLeadId'] as const;

/** A real calendar day written YYYY-MM-DD (not 2027-02-30). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar year, first day to last, both included. */
export function yearPeriod(year: number): Pick<ReportQuery, 'from' | 'to'> {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The report's query from a bookmarked address: the period (the current calendar year unless the
 * address names real days) and the board's filters. Free text is not a report filter.
 */
export function reportQueryFromParams(params: Params, today: string): ReportQuery {
  const year = Number(today.slice(0, 4));
  const from = textParam(params, 'from');
  const to = textParam(params, 'to');
  const query: ReportQuery = {
    from: isDay(from) ? from : yearPeriod(year).from,
    to: isDay(to) ? to : yearPeriod(year).to,
  };
  for (const key of REPORT_FILTER_KEYS) {
    const value = textParam(params, key);
    if (value) query[key] = value;
  }
  return query;
}

export function reportFiltering(query: ReportQuery): boolean {
  return REPORT_FILTER_KEYS.some((key) => query[key] !== undefined);
}

/** The period runs forward: a "to" before "from" is said, not sent. */
export function periodInOrder(query: Pick<ReportQuery, 'from' | 'to'>): boolean {
  return query.from <= query.to;
}

export function sameReportQuery(a: ReportQuery, b: ReportQuery): boolean {
  return queryStringOf(a) === queryStringOf(b);
}

/** One report table as a file, for the same period and filters as the page. */
export function reportTableHref(table: ReportTable, format: 'xlsx' | 'csv', query: ReportQuery): string {
  return `/api/reports/tables/${table}?${queryStringOf({ format, ...query })}`;
}

export { REPORT_FILTER_KEYS };
