import { isCalendarDate } from '../time/calendar-date';
import { isRanOutcome, type Outcome } from '../pipeline/outcome';
import type { Stage } from '../pipeline/stage';

/** The longest period a report covers: ten years of applications is a history, not a report. */
export const REPORT_PERIOD_MOST_YEARS = 10;

/** A report's period: both days (YYYY-MM-DD) included. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/**
 * What is wrong with a period, naming the parameter, or null when it reads. `to` may be at most
 * ten years after `from` less a day (2020-01-01 to 2029-12-31 is ten years).
 */
export function reportPeriodProblem(from: unknown, to: unknown): { field: 'from' | 'to'; message: string } | null {
  const day = 'a date that exists, written YYYY-MM-DD, such as 2027-01-01';
  if (!isCalendarDate(from)) return { field: 'from', message: `from must be ${day}` };
  if (!isCalendarDate(to)) return { field: 'to', message: `to must be ${day}` };
  if (to < from) return { field: 'to', message: 'to must be on or after from' };
  const limit = `${String(Number(from.slice(0, 4)) + REPORT_PERIOD_MOST_YEARS).padStart(4, '0')}${from.slice(4)}`;
  if (to >= limit)
    return { field: 'to', message: `to must be less than ${REPORT_PERIOD_MOST_YEARS} years after from` };
  return null;
}

/** Whether a day (YYYY-MM-DD) falls in the period. */
export function isInPeriod(day: string, period: ReportPeriod): boolean {
  return day >= period.from && day <= period.to;
}

/** The first day of a day's month (YYYY-MM-01): amounts are converted at their month's rate. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/**
 * Whether a project counts as running during the period, for the goals and the forms: it is
 * running (or completed or ended early after running) and its planned period overlaps the report's. A date not
 * planned leaves that side open, so a running project without dates is counted.
 */
export function ranDuring(
  project: { stage: Stage; outcome: Outcome | null; plannedStart: string | null; plannedEnd: string | null },
  period: ReportPeriod,
): boolean {
  const ran = project.stage === 'running' || (project.stage === 'closed' && isRanOutcome(project.outcome));
  return (
    ran &&
    (project.plannedStart === null || project.plannedStart <= period.to) &&
    (project.plannedEnd === null || project.plannedEnd >= period.from)
  );
}

/**
 * Whether a project belongs in the period's pipeline: the portfolio as it stands, of the projects
 * that were on the desk during the period (entered by its last day, and not closed before its
 * first). For a period covering everything that is every project, as on the board.
 */
export function inPipelineOf(
  project: { enteredOn: string; stage: Stage; closedOn: string | null },
  period: ReportPeriod,
): boolean {
  return (
    project.enteredOn <= period.to &&
    (project.stage !== 'closed' || project.closedOn === null || project.closedOn >= period.from)
  );
}
