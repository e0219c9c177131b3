import { checklistDueOn, type ChecklistItem, type ChecklistTemplateItem, type DueRule } from '@gp/domain';
import type { ChecklistItemEntity, ChecklistTemplateItemEntity } from '@gp/api/data';

/** The due rule a row stores in two columns. */
export function dueRuleOf(row: { dueDaysBefore: number | null; dueOn: string | null }): DueRule | null {
  if (row.dueDaysBefore !== null) return { kind: 'before_deadline', days: row.dueDaysBefore };
  if (row.dueOn !== null) return { kind: 'fixed', on: row.dueOn };
  return null;
}

export function dueColumns(rule: DueRule | null): { dueDaysBefore: number | null; dueOn: string | null } {
  if (!rule) return { dueDaysBefore: null, dueOn: null };
  return rule.kind === 'before_deadline'
    ? { dueDaysBefore: rule.days, dueOn: null }
    : { dueDaysBefore: null, dueOn: rule.on };
}

export function toTemplateItem(row: ChecklistTemplateItemEntity): ChecklistTemplateItem {
  return {
    id: row.id,
    programmeId: row.programmeId,
    title: row.title,
    guidance: row.guidance,
    required: row.required,
    due: dueRuleOf(row),
    position: row.position,
    version: row.version,
  };
}

/** An item with its due day worked out from the call deadline as it is now. */
export function toChecklistItem(
  row: ChecklistItemEntity,
  callDeadline: Date | null,
  timeZone: string,
): ChecklistItem {
  const due = dueRuleOf(row);
  return {
    id: row.id,
    projectId: row.projectId,
    templateItemId: row.templateItemId,
    title: row.title,
    guidance: row.guidance,
    required: row.required,
    due,
    dueOn: checklistDueOn(due, callDeadline?.toISOString() ?? null, timeZone),
    assigneeId: row.assigneeId,
    assigneeName: row.assignee?.name ?? null,
    comment: row.comment,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneById: row.doneById,
    doneByName: row.doneBy?.name ?? null,
    position: row.position,
    version: row.version,
  };
}
