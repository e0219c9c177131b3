import type { CurrentUser } from '@gp/domain';
import { hasAnyRole } from '@gp/domain';
import type { SelectQueryBuilder } from 'typeorm';
import type { ProjectEntity } from '@gp/api/data';

/**
 * Who sees and edits which project. The rule sits in the query, not a guard: a guard cannot see
 * the row, and a project outside one's reach must answer 404, not reveal that it exists.
 */
export function scopeToReader(
  query: SelectQueryBuilder<ProjectEntity>,
  alias: string,
  user: CurrentUser,
): SelectQueryBuilder<ProjectEntity> {
  // Coordinators, admins and viewers (management, politicians) read the whole portfolio.
  if (hasAnyRole(user.roles, ['admin', 'coordinator', 'viewer'])) return query;
  const departmentIds =
    user.departmentIds.length > 0 ? user.departmentIds : ['00000000-0000-0000-0000-000000000000'];
  // Department heads read their departments' projects; project leads also the ones they lead.
  return query.andWhere(
    `(${alias}.department_id IN (:...departmentIds) OR ${alias}.project_lead_id = :userId)`,
    { departmentIds, userId: user.id },
  );
}
