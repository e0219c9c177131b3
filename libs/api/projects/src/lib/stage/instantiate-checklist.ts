import { ChecklistItemEntity, ChecklistTemplateItemEntity } from '@gp/api/data';
import type { EntityManager } from 'typeorm';
import { addChecklist } from './add-checklist';

/**
 * Gives an application its programme's checklist, once: when it enters Ansökan or gets its
 * programme there. A project that already has items keeps them; its own edits are never replaced.
 * @returns how many items were created
 */
export async function instantiateChecklist(
  manager: EntityManager,
  project: { id: string; programmeId: string | null },
  actorId: string,
): Promise<number> {
  if (!project.programmeId) return 0;
  if (await manager.existsBy(ChecklistItemEntity, { projectId: project.id })) return 0;
  const template = await manager.find(ChecklistTemplateItemEntity, {
    where: { programmeId: project.programmeId },
    order: { position: 'ASC' },
  });
  return addChecklist(
    manager,
    project.id,
    template.map((item, index) => ({
      templateItemId: item.id,
      title: item.title,
      guidance: item.guidance,
      required: item.required,
      dueDaysBefore: item.dueDaysBefore,
      dueOn: item.dueOn,
      position: index,
    })),
    actorId,
  );
}
