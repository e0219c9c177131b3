import type { EntityManager } from 'typeorm';
import { reminderAudiences, type ReminderAudience } from '@gp/domain';
import { CoFundingRequestEntity, type DeadlineEntity, type UserAccountEntity } from '@gp/api/data';
import { checklistItemAssignee, departmentHeads, projectLeadAndCoordinator } from '@gp/api/project-access';

/** The active people a deadline's reminder goes to, by libs/domain's `reminderAudiences`. */
export async function reminderRecipients(
  manager: EntityManager,
  deadline: DeadlineEntity,
): Promise<UserAccountEntity[]> {
  for (const audience of reminderAudiences(deadline.kind)) {
    const people = await peopleOf(manager, audience, deadline);
    if (people.length > 0) return people;
  }
  return [];
}

async function peopleOf(
  manager: EntityManager,
  audience: ReminderAudience,
  deadline: DeadlineEntity,
): Promise<UserAccountEntity[]> {
  switch (audience) {
    case 'department_heads': {
      // A co-funding deadline's source is its request; the request names the deciding department.
      const request = await manager
        .createQueryBuilder(CoFundingRequestEntity, 'request')
        .select(['request.id', 'request.departmentId'])
        .where('request.id::text = :source', { source: deadline.sourceKey })
        .getOne();
      return request ? departmentHeads(manager, request.departmentId) : [];
    }
    case 'assignee':
      return checklistItemAssignee(manager, deadline.sourceKey);
    case 'project_lead_and_coordinator':
      return projectLeadAndCoordinator(manager, deadline.projectId);
  }
}
