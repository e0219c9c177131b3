import { DomainError } from '@gp/api/core';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Puts a list's rows in the order given. The ids must be exactly the list's rows, so two people
 * reordering at once cannot drop or duplicate an item: the later one is told to reload.
 */
export async function reorderRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  where: Record<string, string>,
  ids: readonly string[],
): Promise<void> {
  const rows = await manager.find(target, { where: where as never, select: { id: true } as never });
  const existing = new Set(rows.map((row) => (row as unknown as { id: string }).id));
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
    await manager.update(target, { id } as never, { position } as never);
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
