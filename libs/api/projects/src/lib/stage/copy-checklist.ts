import { checklistForNextCall } from '@gp/domain';
import { ChecklistItemEntity, dueColumns, dueRuleOf } from '@gp/api/data';
import type { EntityManager } from 'typeorm';
import { addChecklist } from './add-checklist';
import { instantiateChecklist } from './instantiate-checklist';

/**
 * Gives a new attempt the old attempt's checklist, custom items included, with nothing done
 * (libs/domain's checklistForNextCall). An old attempt without items leaves the new one to get its
 * programme's template, as any application does when it starts.
 * @returns how many items the new attempt has
 */
export async function copyChecklist(
  manager: EntityManager,
  fromProjectId: string,
  to: { id: string; programmeId: string | null; stage: string },
  actorId: string,
): Promise<number> {
  const old = await manager.find(ChecklistItemEntity, { where: { projectId: fromProjectId } });
  const items = checklistForNextCall(old.map((row) => ({ ...row, due: dueRuleOf(row) })));
  if (items.length === 0) return to.stage === 'application' ? instantiateChecklist(manager, to, actorId) : 0;
  return addChecklist(
    manager,
    to.id,
    items.map(({ due, ...item }) => ({ ...item, ...dueColumns(due) })),
    actorId,
  );
}
