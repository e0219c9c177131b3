import type { DeadlineKind } from './deadline.contract';

export type ReminderAudience = 'department_heads' | 'assignee' | 'project_lead_and_coordinator';

/**
 * Who a kind of deadline's reminders go to, in order: the first audience with anyone active in it
 * gets them. Co-funding: the heads of the department asked. A checklist item: its assignee, else
 * the project lead and coordinator. Everything else: the project lead and coordinator.
 */
export function reminderAudiences(kind: DeadlineKind): readonly ReminderAudience[] {
  if (kind === 'co_funding') return ['department_heads'];
  if (kind === 'checklist_item') return ['assignee', 'project_lead_and_coordinator'];
  return ['project_lead_and_coordinator'];
}
