import { MINOR_UNITS_PER_MAJOR } from '../money/currency';
import type { ProjectBudget, ProjectFields } from './project.contract';

/** The dates a project keeps, YYYY-MM-DD or null when not known yet. */
export type ProjectDates = Pick<
  ProjectFields,
  'plannedStart' | 'plannedEnd' | 'interimReportOn' | 'finalReportOn'
>;
export type ProjectDateField = keyof ProjectDates;

export const PROJECT_DATE_FIELDS = [
  'plannedStart',
  'plannedEnd',
  'interimReportOn',
  'finalReportOn',
] as const satisfies readonly ProjectDateField[];

/**
 * What can be wrong between a project's fields. Each is also an API error code, so the API's
 * answer and the web's field show the same words.
 */
export type ProjectDateProblemCode =
  'ends_before_start' | 'final_report_before_interim' | 'final_report_before_start';
export type BudgetProblemCode = 'grant_above_total' | 'not_whole_amount';

/** The field that is wrong (the later one of a pair), why, and the field it contradicts, if any. */
export interface ProjectFieldProblem<F extends string, C extends string> {
  field: F;
  code: C;
  against?: F;
}
export type ProjectDateProblem = ProjectFieldProblem<ProjectDateField, ProjectDateProblemCode>;
export type BudgetProblem = ProjectFieldProblem<keyof Omit<ProjectBudget, 'currency'>, BudgetProblemCode>;

/**
 * Dates that contradict each other: a period ending before it starts, a final report owed before
 * the interim one or before the project has started. A date not known yet contradicts nothing,
 * and past dates are fine: finished projects are recorded afterwards. The later field of a pair
 * is named, as that is the one people type last; each field at most once.
 */
export function projectDateProblems(dates: ProjectDates): ProjectDateProblem[] {
  const { plannedStart, plannedEnd, interimReportOn, finalReportOn } = dates;
  // YYYY-MM-DD compares as text in calendar order.
  const before = (a: string | null, b: string | null) =>
    a !== null && b !== null && a !== '' && b !== '' && a < b;
  const problems: ProjectDateProblem[] = [];
  if (before(plannedEnd, plannedStart))
    problems.push({ field: 'plannedEnd', code: 'ends_before_start', against: 'plannedStart' });
  if (before(finalReportOn, interimReportOn))
    problems.push({
      field: 'finalReportOn',
      code: 'final_report_before_interim',
      against: 'interimReportOn',
    });
  else if (before(finalReportOn, plannedStart))
    problems.push({ field: 'finalReportOn', code: 'final_report_before_start', against: 'plannedStart' });
  return problems;
}

const BUDGET_AMOUNT_FIELDS = [
  'totalMinor',
  'requestedGrantMinor',
  'ownCashMinor',
  'ownInKindMinor',
  'grantedMinor',
] as const satisfies readonly BudgetProblem['field'][];

/**
 * Budget amounts that cannot be right: cents in a budget kept in whole kronor or euro (the form
 * says "without öre/cent"; 1.5 is a typing slip, not a budget line), and a grant asked for that is
 * larger than the whole project costs. Own co-funding beyond the total is not refused here: the
 * page warns of it (budgetShares' overBy), as a draft budget may be over while it is worked on.
 */
export function budgetProblems(budget: Omit<ProjectBudget, 'currency'>): BudgetProblem[] {
  const problems: BudgetProblem[] = BUDGET_AMOUNT_FIELDS.filter((field) => {
    const amount = budget[field];
    return amount !== null && !isWholeAmount(amount);
  }).map((field) => ({ field, code: 'not_whole_amount' }));
  const { totalMinor, requestedGrantMinor } = budget;
  if (
    totalMinor !== null &&
    requestedGrantMinor !== null &&
    requestedGrantMinor > totalMinor &&
    !problems.some((p) => p.field === 'requestedGrantMinor')
  )
    problems.push({ field: 'requestedGrantMinor', code: 'grant_above_total', against: 'totalMinor' });
  return problems;
}

/**
 * Whether a granted amount is above the grant applied for, in the same currency: funders grant
 * what was asked or less, so more is most likely a slip of the keyboard (a comma lost, a zero too
 * many) that would then swell the board's sums and the reports. Asked about, not refused: the
 * amount applied for may itself be out of date.
 */
export function grantedAboveRequested(
  grantedMinor: number | null,
  requestedGrantMinor: number | null,
): boolean {
  return (
    grantedMinor !== null &&
    requestedGrantMinor !== null &&
    requestedGrantMinor > 0 &&
    grantedMinor > requestedGrantMinor
  );
}

/** Whether an amount in minor units is whole kronor or euro. */
export function isWholeAmount(minor: number): boolean {
  return minor % MINOR_UNITS_PER_MAJOR === 0;
}
