import {
  budgetProblems,
  projectDateProblems,
  type Project,
  type ProjectBudget,
  type ProjectDates,
  type ProjectFieldProblem,
} from '@gp/domain';
import { DomainError } from '@gp/api/core';

type Problem = ProjectFieldProblem<string, string>;

const MESSAGES: Readonly<Record<string, (p: Problem, value: (field: string) => unknown) => string>> = {
  ends_before_start: (p, v) =>
    `plannedEnd (${v(p.field)}) must not be before plannedStart (${v('plannedStart')})`,
  final_report_before_interim: (p, v) =>
    `finalReportOn (${v(p.field)}) must not be before interimReportOn (${v('interimReportOn')})`,
  final_report_before_start: (p, v) =>
    `finalReportOn (${v(p.field)}) must not be before plannedStart (${v('plannedStart')})`,
  grant_above_total: (p, v) =>
    `budget.requestedGrantMinor (${v(p.field)}) must not be larger than budget.totalMinor (${v('totalMinor')})`,
  not_whole_amount: (p, v) =>
    `budget.${p.field} (${v(p.field)}) must be a whole amount: minor units in hundreds, without öre or cents`,
};

/**
 * The date and budget problems (libs/domain's projectDateProblems, budgetProblems) of a project
 * as it would be after an edit: the saved values with the edit on top, since a PATCH may send one
 * date of a pair. Only problems the edit touches count, so a project recorded with inconsistent
 * values before these rules can still have its title corrected.
 */
export function inconsistentEdit(
  current: Project,
  after: ProjectDates & { budget: ProjectBudget },
): DomainError | null {
  const changed = (before: object, now: object) => (field?: string) =>
    field !== undefined &&
    (before as Record<string, unknown>)[field] !== (now as Record<string, unknown>)[field];
  const touches = (isChanged: (field?: string) => boolean) => (p: Problem) =>
    isChanged(p.field) || isChanged(p.against);
  const dateProblems = projectDateProblems(after).filter(touches(changed(current, after)));
  const amountProblems = budgetProblems(after.budget).filter(touches(changed(current.budget, after.budget)));
  return fieldsInconsistent([
    ...dateProblems.map((p) => ({
      path: p.field,
      problem: p,
      value: (f: string) => after[f as keyof ProjectDates],
    })),
    ...amountProblems.map((p) => ({
      path: `budget.${p.field}`,
      problem: p,
      value: (f: string) => after.budget[f as keyof ProjectBudget],
    })),
  ]);
}

/**
 * 422 naming each field that contradicts another, with the first problem's code (the web has a
 * text for each) and every problem's code in `reasons`, so each field can show its own.
 */
export function fieldsInconsistent(
  described: Array<{ path: string; problem: Problem; value: (field: string) => unknown }>,
): DomainError | null {
  if (described.length === 0) return null;
  const lines = described.map(({ path, problem, value }) => ({
    path,
    code: problem.code,
    message: `${MESSAGES[problem.code](problem, value)}.`,
  }));
  return new DomainError(
    'invalid',
    lines[0].code as DomainError['code'],
    lines.map((l) => l.message).join(' '),
    {
      errors: Object.fromEntries(lines.map((l) => [l.path, [l.message]])),
      reasons: lines.map((l) => ({ code: l.code, params: { field: l.path }, message: l.message })),
    },
  );
}
