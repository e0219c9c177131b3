import type { EntityManager } from 'typeorm';
import { UserAccountEntity, type DeadlineEntity } from '@gp/api/data';

/**
 * Who a deadline's reminder goes to: the assignee of a checklist item (else the project lead and
 * coordinator), the heads of the department asked for co-funding, and for everything else the
 * project lead and the coordinator. Only active people.
 */
export async function reminderRecipients(
  manager: EntityManager,
  deadline: DeadlineEntity,
): Promise<UserAccountEntity[]> {
  const people = manager.createQueryBuilder(UserAccountEntity, 'person').where('person.active = true');
  if (deadline.kind === 'co_funding') {
    return people
      .innerJoin('person.departments', 'department')
      .andWhere("'department_head' = ANY(person.roles)")
      .andWhere('department.id = (SELECT department_id FROM co_funding_request WHERE id::text = :source)', {
        source: deadline.sourceKey,
      })
      .getMany();
  }
  if (deadline.kind === 'checklist_item') {
    const assigned = await manager
      .createQueryBuilder(UserAccountEntity, 'person')
      .where('person.active = true')
      .andWhere('person.id = (SELECT assignee_id FROM checklist_item WHERE id::text = :source)', {
        source: deadline.sourceKey,
      })
      .getMany();
    if (assigned.length > 0) return assigned;
  }
  return people
    .andWhere(
      'person.id IN (SELECT unnest(ARRAY[p.project_lead_id, p.coordinator_id]) FROM project p WHERE p.id = :projectId)',
      { projectId: deadline.projectId },
    )
    .getMany();
}
