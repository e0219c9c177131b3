import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { UserAccountEntity } from '@gp/api/data';

/**
 * Who hears about a project, written once for the reminders and the co-funding emails.
 * Only active accounts: a deactivated person gets no email.
 */
function activePeople(manager: EntityManager): SelectQueryBuilder<UserAccountEntity> {
  return manager.createQueryBuilder(UserAccountEntity, 'person').where('person.active = true');
}

/** The active heads of a department: they decide its co-funding. */
export function departmentHeads(manager: EntityManager, departmentId: string): Promise<UserAccountEntity[]> {
  return activePeople(manager)
    .innerJoin('person.departments', 'department', 'department.id = :departmentId', { departmentId })
    .andWhere("'department_head' = ANY(person.roles)")
    .getMany();
}

/** The project's lead and coordinator, and `alsoPersonId` when given (e.g. whoever asked). */
export function projectLeadAndCoordinator(
  manager: EntityManager,
  projectId: string,
  alsoPersonId: string | null = null,
): Promise<UserAccountEntity[]> {
  return activePeople(manager)
    .andWhere(
      `(person.id IN (SELECT unnest(ARRAY[p.project_lead_id, p.coordinator_id]) FROM project p WHERE p.id = :projectId)
        OR person.id = :alsoPersonId)`,
      { projectId, alsoPersonId: alsoPersonId ?? '00000000-0000-0000-0000-000000000000' },
    )
    .getMany();
}

/** The active person a checklist item is assigned to, if any. */
export function checklistItemAssignee(manager: EntityManager, itemId: string): Promise<UserAccountEntity[]> {
  return activePeople(manager)
    .andWhere('person.id = (SELECT assignee_id FROM checklist_item WHERE id::text = :itemId)', { itemId })
    .getMany();
}
