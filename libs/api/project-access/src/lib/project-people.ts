import type { DeadlineKind, Language, ReminderAudience, ReminderDelivery, Role } from '@gp/domain';
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

/** A deadline whose people are asked for: what it is, what it comes from and whose project it is. */
export interface DeadlineOfProject {
  id: string;
  kind: DeadlineKind;
  /** The checklist item or co-funding request it comes from, else null. */
  sourceId: string | null;
  projectId: string;
}

/** One active person in one of a deadline's audiences, with what their reminders need. */
export interface AudienceMember {
  deadlineId: string;
  audience: ReminderAudience;
  id: string;
  email: string;
  name: string;
  language: Language;
  roles: Role[];
  reminderDelivery: ReminderDelivery | null;
}

/**
 * Every active person in every audience of many deadlines, in one query: the heads of the
 * department a co-funding request asks (and the one who asked, for its report and meeting days), a
 * checklist item's assignee, and each project's lead and coordinator. Which audience is asked first is libs/domain's `reminderAudiences`.
 */
export async function audiencesOfDeadlines(
  manager: EntityManager,
  deadlines: readonly DeadlineOfProject[],
): Promise<AudienceMember[]> {
  if (deadlines.length === 0) return [];
  const rows: Array<Record<string, unknown>> = await manager.query(
    `WITH d AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[]) AS d(deadline_id, kind, source_id, project_id)
     ), people AS (
       SELECT d.deadline_id, 'department_heads' AS audience, ud.user_id
         FROM d JOIN co_funding_request r ON r.id = d.source_id
         JOIN user_department ud ON ud.department_id = r.department_id
        WHERE d.kind IN ('co_funding', 'co_funding_report', 'co_funding_meeting')
       UNION ALL
       SELECT d.deadline_id, 'requester', r.requested_by_id
         FROM d JOIN co_funding_request r ON r.id = d.source_id
        WHERE d.kind IN ('co_funding_report', 'co_funding_meeting') AND r.requested_by_id IS NOT NULL
       UNION ALL
       SELECT d.deadline_id, 'assignee', ci.assignee_id
         FROM d JOIN checklist_item ci ON ci.id = d.source_id
        WHERE d.kind = 'checklist_item' AND ci.assignee_id IS NOT NULL
       UNION ALL
       SELECT d.deadline_id, 'project_lead_and_coordinator', person_id
         FROM d JOIN project p ON p.id = d.project_id
         CROSS JOIN LATERAL unnest(ARRAY[p.project_lead_id, p.coordinator_id]) AS person_id
        WHERE person_id IS NOT NULL
     )
     SELECT DISTINCT people.deadline_id, people.audience, u.id, u.email, u.name, u.language, u.roles, u.reminder_delivery
       FROM people JOIN user_account u ON u.id = people.user_id
      WHERE u.active AND (people.audience <> 'department_heads' OR 'department_head' = ANY(u.roles))`,
    [
      deadlines.map((d) => d.id),
      deadlines.map((d) => d.kind),
      deadlines.map((d) => d.sourceId),
      deadlines.map((d) => d.projectId),
    ],
  );
  return rows.map((row) => ({
    deadlineId: String(row['deadline_id']),
    audience: row['audience'] as ReminderAudience,
    id: String(row['id']),
    email: String(row['email']),
    name: String(row['name']),
    language: row['language'] as Language,
    roles: row['roles'] as Role[],
    reminderDelivery: (row['reminder_delivery'] as ReminderDelivery | null) ?? null,
  }));
}
