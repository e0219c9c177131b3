/**
 * What a deadline is about: the call's closing time, a checklist item, a co-funding decision the
 * application needs (with, for a body that meets, the officer's report day and the meeting), the
 * reports a running project owes, and the project's end.
 */
export const DEADLINE_KINDS = [
  'call',
  'checklist_item',
  'co_funding',
  'co_funding_report',
  'co_funding_meeting',
  'interim_report',
  'final_report',
  'project_end',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_STATUSES = ['open', 'done', 'cancelled'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** One thing someone must be reminded of, as the calendar and the notification log list it. */
export interface Deadline {
  id: string;
  projectId: string;
  projectTitle: string;
  kind: DeadlineKind;
  /** The checklist item or co-funding request it comes from; null for the project's own dates. */
  sourceId: string | null;
  title: string;
  /** The exact instant where one is published (a call closes at 12:00 Brussels time), else null. */
  dueAt: string | null;
  /** The calendar day it is due, in the organisation's time zone. */
  dueOn: string;
  status: DeadlineStatus;
}

/** One value per kind of deadline; the object literal makes the compiler check that none is missing. */
export function perDeadlineKind<T>(valueOf: (kind: DeadlineKind) => T): Record<DeadlineKind, T> {
  return {
    call: valueOf('call'),
    checklist_item: valueOf('checklist_item'),
    co_funding: valueOf('co_funding'),
    co_funding_report: valueOf('co_funding_report'),
    co_funding_meeting: valueOf('co_funding_meeting'),
    interim_report: valueOf('interim_report'),
    final_report: valueOf('final_report'),
    project_end: valueOf('project_end'),
  };
}
