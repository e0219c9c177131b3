import type { DeadlineKind, DeadlineStatus } from '../reminders/deadline.contract';

/**
 * The deadlines the desk records as done, and so can tell met from missed: the call (done when
 * the application is submitted), checklist items (done_at), and the co-funding decisions with
 * their report and meeting days (done when the department decides). Interim and final reports
 * and the project end are left out: nothing in the desk records that a report was delivered, so
 * each would count as missed once its day passed, which would not be true.
 */
export const DEADLINE_KINDS_KEPT: readonly DeadlineKind[] = [
  'call',
  'checklist_item',
  'co_funding',
  'co_funding_report',
  'co_funding_meeting',
];

/**
 * Whether a deadline was met or missed, or null while it is open with its day ahead (or
 * cancelled: no longer needed). Met is done on or before the due day; missed is done later, or
 * still open after its day. `doneOn` is the day it was done in the organisation's time zone: a
 * checklist item's done_at, a co-funding request's decided_at, else the deadline row's last change
 * (a call deadline turns done in the same transaction as the submission).
 */
export function deadlineKept(
  deadline: { status: DeadlineStatus; dueOn: string; doneOn: string | null },
  today: string,
): 'met' | 'missed' | null {
  if (deadline.status === 'done')
    return deadline.doneOn !== null && deadline.doneOn > deadline.dueOn ? 'missed' : 'met';
  if (deadline.status === 'open' && deadline.dueOn < today) return 'missed';
  return null;
}
