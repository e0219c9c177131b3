import type { DeadlineKind } from './deadline.contract';

export type ReminderAudience = 'department_heads' | 'assignee' | 'project_lead_and_coordinator' | 'requester';

/**
 * Who a kind of deadline's reminders go to, in order: the first audience with anyone active in it
 * gets them. Co-funding: the heads of the department asked. A checklist item: its assignee, else
 * the project lead and coordinator. Everything else: the project lead and coordinator.
 */
export function reminderAudiences(kind: DeadlineKind): readonly ReminderAudience[] {
  if (kind === 'co_funding') return ['department_heads'];
  if (kind === 'co_funding_report' || kind === 'co_funding_meeting')
    return ['department_heads', 'requester', 'project_lead_and_coordinator'];
  if (kind === 'checklist_item') return ['assignee', 'project_lead_and_coordinator'];
  return ['project_lead_and_coordinator'];
}

/**
 * Whether a kind's reminders go to every audience at once rather than the first with anyone: the
 * officer's report and the meeting concern the head who writes the report, the one who asked and
 * the coordinator who records the decision.
 */
export function remindsEveryAudience(kind: DeadlineKind): boolean {
  return kind === 'co_funding_report' || kind === 'co_funding_meeting';
}
