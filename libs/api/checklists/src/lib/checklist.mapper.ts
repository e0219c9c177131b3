import {
  checklistDueOn,
  type ChecklistItem,
  type ChecklistItemDocument,
  type ChecklistTemplateItem,
} from '@gp/domain';
import { dueRuleOf, type ChecklistItemEntity, type ChecklistTemplateItemEntity } from '@gp/api/data';

export function toTemplateItem(row: ChecklistTemplateItemEntity): ChecklistTemplateItem {
  return {
    id: row.id,
    programmeId: row.programmeId,
    title: row.title,
    guidance: row.guidance,
    required: row.required,
    due: dueRuleOf(row),
    isMinutesExtract: row.isMinutesExtract,
    ticksOnDocument: row.ticksOnDocument,
    position: row.position,
    version: row.version,
  };
}

/**
 * An item with its due day worked out from the call deadline as it is now, and its documents
 * (read with it: `templateItem` loaded for whether a document ticks it).
 */
export function toChecklistItem(
  row: ChecklistItemEntity,
  callDeadline: Date | null,
  timeZone: string,
  documents: ChecklistItemDocument[] = [],
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
    ticksOnDocument: row.templateItem?.ticksOnDocument ?? false,
    documents,
    position: row.position,
    version: row.version,
  };
}
