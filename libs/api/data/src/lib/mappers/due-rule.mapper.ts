import type { DueRule } from '@gp/domain';

/** The due rule a checklist row (a project's or a template's) stores in two columns. */
export function dueRuleOf(row: { dueDaysBefore: number | null; dueOn: string | null }): DueRule | null {
  if (row.dueDaysBefore !== null) return { kind: 'before_deadline', days: row.dueDaysBefore };
  if (row.dueOn !== null) return { kind: 'fixed', on: row.dueOn };
  return null;
}

/** The two columns that store a due rule. */
export function dueColumns(rule: DueRule | null): { dueDaysBefore: number | null; dueOn: string | null } {
  if (!rule) return { dueDaysBefore: null, dueOn: null };
  return rule.kind === 'before_deadline'
    ? { dueDaysBefore: rule.days, dueOn: null }
    : { dueDaysBefore: null, dueOn: rule.on };
}
