import type { DeadlineKind } from '@gp/domain';

/** The icon beside each kind of deadline; the kind's name is always written beside it. */
export const DEADLINE_KIND_ICONS: Readonly<Record<DeadlineKind, string>> = {
  call: 'campaign',
  checklist_item: 'checklist',
  co_funding: 'savings',
  co_funding_report: 'edit',
  co_funding_meeting: 'group',
  interim_report: 'summarize',
  final_report: 'assignment_turned_in',
  project_end: 'flag',
};
