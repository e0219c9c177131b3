import type { CurrentUser } from '@gp/domain';
import { mayEditProject, readsWholePortfolio } from '@gp/domain';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '@gp/api/core';
import { ProjectEntity } from '@gp/api/data';

/**
 * Who sees and edits which project. The rule sits in the query, not a guard: a guard cannot see
 * the row, and a project outside one's reach must answer 404, not reveal that it exists.
 */
export function scopeToReader<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  alias: string,
  user: CurrentUser,
): SelectQueryBuilder<Row> {
  if (readsWholePortfolio(user.roles)) return query;
  const departmentIds = departmentIdsOf(user);
  // Department heads read their departments' projects, and any project that asks their department
  // for co-funding (they cannot decide what they cannot open); project leads also the ones they lead.
  const askedOfHead = user.roles.includes('department_head')
    ? ` OR EXISTS (SELECT 1 FROM co_funding_request asked WHERE asked.project_id = ${alias}.id
          AND asked.department_id IN (:...departmentIds) AND asked.status <> 'withdrawn')`
    : '';
  return query.andWhere(
    `(${alias}.department_id IN (:...departmentIds) OR ${alias}.project_lead_id = :userId${askedOfHead})`,
    { departmentIds, userId: user.id },
  );
}

/**
 * The person's departments for an SQL `IN (…)` or `= ANY(…)`: a list that matches nothing when they
 * belong to none, as an empty `IN ()` is not valid SQL.
 */
export function departmentIdsOf(user: Pick<CurrentUser, 'departmentIds'>): string[] {
  return user.departmentIds.length > 0 ? user.departmentIds : ['00000000-0000-0000-0000-000000000000'];
}

/** The project with its call, if the person may read it; otherwise 404, as if it did not exist. */
export async function findReadableProject(
  manager: EntityManager,
  user: CurrentUser,
  id: string,
): Promise<ProjectEntity> {
  const query = manager
    .createQueryBuilder(ProjectEntity, 'project')
    .leftJoinAndSelect('project.call', 'call')
    .where('project.id = :id', { id });
  const project = await scopeToReader(query, 'project', user).getOne();
  if (!project) throw DomainError.notFound('The project');
  return project;
}

/** The project, if the person may edit it (libs/domain's mayEditProject); 403 when they only read it. */
export async function findEditableProject(
  manager: EntityManager,
  user: CurrentUser,
  id: string,
): Promise<ProjectEntity> {
  const project = await findReadableProject(manager, user, id);
  if (!mayEditProject(user, project))
    throw new DomainError(
      'forbidden',
      'forbidden',
      'Only the project lead, a coordinator or an admin changes this project.',
    );
  return project;
}
