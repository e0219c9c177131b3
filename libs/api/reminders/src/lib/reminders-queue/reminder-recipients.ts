import type { EntityManager } from 'typeorm';
import { reminderAudiences, type ReminderAudience } from '@gp/domain';
import { UserAccountEntity, type DeadlineEntity } from '@gp/api/data';

/** The active people a deadline's reminder goes to, by libs/domain's `reminderAudiences`. */
export async function reminderRecipients(
  manager: EntityManager,
  deadline: DeadlineEntity,
): Promise<UserAccountEntity[]> {
  for (const audience of reminderAudiences(deadline.kind)) {
    const people = await audienceQuery(manager, audience, deadline).getMany();
    if (people.length > 0) return people;
  }
  return [];
}

function audienceQuery(manager: EntityManager, audience: ReminderAudience, deadline: DeadlineEntity) {
  const people = manager.createQueryBuilder(UserAccountEntity, 'person').where('person.active = true');
  switch (audience) {
    case 'department_heads':
      return people
        .innerJoin('person.departments', 'department')
        .andWhere("'department_head' = ANY(person.roles)")
        .andWhere('department.id = (SELECT department_id FROM co_funding_request WHERE id::text = :source)', {
          source: deadline.sourceKey,
        });
    case 'assignee':
      return people.andWhere(
        'person.id = (SELECT assignee_id FROM checklist_item WHERE id::text = :source)',
        {
          source: deadline.sourceKey,
        },
      );
    case 'project_lead_and_coordinator':
      return people.andWhere(
        'person.id IN (SELECT unnest(ARRAY[p.project_lead_id, p.coordinator_id]) FROM project p WHERE p.id = :projectId)',
        { projectId: deadline.projectId },
      );
  }
}
