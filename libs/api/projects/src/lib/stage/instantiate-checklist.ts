import { ChecklistItemEntity, ChecklistTemplateItemEntity } from '@gp/api/data';
import { recordActivity } from '@gp/api/project-access';
import type { EntityManager } from 'typeorm';

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
  if (template.length === 0) return 0;
  await manager.insert(
    ChecklistItemEntity,
    template.map((item, index) => ({
      projectId: project.id,
      templateItemId: item.id,
      title: item.title,
      guidance: item.guidance,
      required: item.required,
      dueDaysBefore: item.dueDaysBefore,
      dueOn: item.dueOn,
      position: index,
      version: 1,
    })),
  );
  await recordActivity(manager, {
    projectId: project.id,
    kind: 'checklist_created',
    subject: String(template.length),
    actorId,
  });
  return template.length;
}
