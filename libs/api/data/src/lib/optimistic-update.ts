import { EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** PostgreSQL's `integer`, the type of every version column. */
const MAX_VERSION = 2_147_483_647;

/**
 * Optimistic locking by one statement: `UPDATE … SET …, version = version + 1 WHERE id = $1 AND
 * version = $2`. TypeORM adds the version and updated_at increments itself.
 * @returns false when no row matched: the record is gone or someone saved a newer version
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<boolean> {
  // No row has a version the column cannot hold: such a version is stale, not a database error.
  if (!Number.isInteger(version) || version < 1 || version > MAX_VERSION) return false;
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(changes)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return result.affected === 1;
}

/** True for PostgreSQL's unique_violation, optionally of one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}
