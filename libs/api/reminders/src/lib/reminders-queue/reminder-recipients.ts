import type { EntityManager } from 'typeorm';
import { reminderAudiences, remindsEveryAudience } from '@gp/domain';
import { audiencesOfDeadlines, type AudienceMember, type DeadlineOfProject } from '@gp/api/project-access';

/** A person a reminder goes to, with what choosing their channel and language needs. */
export type ReminderRecipient = Omit<AudienceMember, 'deadlineId' | 'audience'>;

/**
 * The active people each deadline's reminders go to, by libs/domain's `reminderAudiences` (the
 * first audience with anyone in it, or all of them where `remindsEveryAudience`, each person
 * once), less those who muted the project. One query for them all,
 * and one for the mutes, however many deadlines fall due together.
 */
export async function reminderRecipients(
  manager: EntityManager,
  deadlines: readonly DeadlineOfProject[],
): Promise<Map<string, ReminderRecipient[]>> {
  const members = await audiencesOfDeadlines(manager, deadlines);
  const mutes: Array<{ user_id: string; project_id: string }> = await manager.query(
    `SELECT user_id, project_id FROM project_mute WHERE project_id = ANY($1::uuid[])`,
    [[...new Set(deadlines.map((deadline) => deadline.projectId))]],
  );
  const muted = new Set(mutes.map((mute) => `${mute.user_id}|${mute.project_id}`));
  const byDeadline = new Map<string, AudienceMember[]>();
  for (const member of members)
    byDeadline.set(member.deadlineId, [...(byDeadline.get(member.deadlineId) ?? []), member]);
  const recipients = new Map<string, ReminderRecipient[]>();
  for (const deadline of deadlines) {
    const ofDeadline = byDeadline.get(deadline.id) ?? [];
    if (remindsEveryAudience(deadline.kind)) {
      const once = new Map<string, ReminderRecipient>();
      for (const { deadlineId: _deadline, audience, ...person } of ofDeadline)
        if (
          reminderAudiences(deadline.kind).includes(audience) &&
          !muted.has(`${person.id}|${deadline.projectId}`)
        )
          once.set(person.id, person);
      if (once.size > 0) recipients.set(deadline.id, [...once.values()]);
      continue;
    }
    for (const audience of reminderAudiences(deadline.kind)) {
      const people = ofDeadline.filter((member) => member.audience === audience);
      if (people.length === 0) continue;
      recipients.set(
        deadline.id,
        people
          .filter((person) => !muted.has(`${person.id}|${deadline.projectId}`))
          .map(({ deadlineId: _deadline, audience: _audience, ...person }) => person),
      );
      break;
    }
  }
  return recipients;
}
