import { DomainError } from '@gp/api/core';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ChecklistItemEntity, ChecklistTemplateItemEntity } from '@gp/api/data';

/**
 * Puts a list's rows in the order given. The ids must be exactly the list's rows, so two people
 * reordering at once cannot drop or duplicate an item: the later one is told to reload.
 */
export async function reorderRows(
  manager: EntityManager,
  target: typeof ChecklistItemEntity | typeof ChecklistTemplateItemEntity,
  where: { projectId: string } | { programmeId: string },
  ids: readonly string[],
): Promise<void> {
  const query = manager.createQueryBuilder(target, 'row').select('row.id', 'id');
  for (const [property, value] of Object.entries(where))
    query.andWhere(`row.${property} = :${property}`, { [property]: value });
  const existing = new Set((await query.getRawMany<{ id: string }>()).map((row) => row.id));
  if (existing.size !== ids.length || ids.some((id) => !existing.has(id))) {
    throw new DomainError(
      'conflict',
      'list_changed',
      'The list has changed since you read it; reload and try again.',
      {
        errors: { ids: ['ids must name every item of the list once'] },
      },
    );
  }
  for (const [position, id] of ids.entries()) {
    await manager.update(target, id, { position });
  }
}

/** The position after the last row of a list. */
export async function nextPosition<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  column: string,
  value: string,
): Promise<number> {
  const [row] = await manager
    .createQueryBuilder(target, 'row')
    .select('COALESCE(MAX(row.position) + 1, 0)', 'next')
    .where(`row.${column} = :value`, { value })
    .getRawMany<{ next: number }>();
  return Number(row?.next ?? 0);
}
