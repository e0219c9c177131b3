import type { ChecklistItemDocument } from '@gp/domain';
import { ProjectDocumentEntity } from '@gp/api/data';
import type { EntityManager } from 'typeorm';

/**
 * The stored documents attached to a project's checklist items (or to one item), by item, oldest
 * first. Only their names and sizes: the bytes stay in their chunks.
 */
export async function documentsOfItems(
  manager: EntityManager,
  where: { projectId: string } | { checklistItemId: string },
): Promise<Map<string, ChecklistItemDocument[]>> {
  const rows = await manager.find(ProjectDocumentEntity, {
    select: { id: true, checklistItemId: true, fileName: true, size: true },
    where: { ...where, status: 'stored' },
    order: { createdAt: 'ASC' },
  });
  const byItem = new Map<string, ChecklistItemDocument[]>();
  for (const row of rows) {
    if (row.checklistItemId === null) continue;
    const list = byItem.get(row.checklistItemId) ?? [];
    list.push({ id: row.id, fileName: row.fileName, size: row.size });
    byItem.set(row.checklistItemId, list);
  }
  return byItem;
}
