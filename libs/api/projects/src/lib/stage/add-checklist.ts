import { ChecklistItemEntity } from '@gp/api/data';
import { recordActivity } from '@gp/api/project-access';
import type { EntityManager } from 'typeorm';

/** A new checklist line, ready to insert: the project, version and nothing done are added here. */
export type NewChecklistLine = Pick<
  ChecklistItemEntity,
  'templateItemId' | 'title' | 'guidance' | 'required' | 'dueDaysBefore' | 'dueOn' | 'position'
> &
  Partial<Pick<ChecklistItemEntity, 'assigneeId' | 'comment'>>;

/**
 * Gives a project its checklist in one insert and records it in the project's activity.
 * @returns how many items were created
 */
export async function addChecklist(
  manager: EntityManager,
  projectId: string,
  lines: readonly NewChecklistLine[],
  actorId: string,
): Promise<number> {
  if (lines.length === 0) return 0;
  await manager.insert(
    ChecklistItemEntity,
    lines.map((line) => ({ ...line, projectId, version: 1 })),
  );
  await recordActivity(manager, {
    projectId,
    kind: 'checklist_created',
    subject: String(lines.length),
    actorId,
  });
  return lines.length;
}
