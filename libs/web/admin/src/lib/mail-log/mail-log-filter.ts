import {
  MAIL_STATUSES,
  MAIL_STATUSES_NEEDING_ACTION,
  parseMailStatusFilter,
  type MailStatus,
} from '@gp/domain';

/** One choice of the mail log's status filter, and the statuses it shows (none: every one). */
export interface MailLogFilterOption {
  value: string;
  statuses: readonly MailStatus[];
}

/** All, what needs a person (failed and flagged) first, then each status on its own. */
export const MAIL_LOG_FILTERS: readonly MailLogFilterOption[] = [
  { value: '', statuses: [] },
  { value: MAIL_STATUSES_NEEDING_ACTION.join(','), statuses: MAIL_STATUSES_NEEDING_ACTION },
  ...MAIL_STATUSES.map((status) => ({ value: status, statuses: [status] })),
];

/** The filter the address holds (`?status=failed,flagged`); an unknown word is left out. */
export function mailFilterFromQuery(query: unknown): MailLogFilterOption {
  const { statuses } = parseMailStatusFilter(typeof query === 'string' ? query : undefined);
  const value = statuses.join(',');
  return MAIL_LOG_FILTERS.find((option) => option.value === value) ?? { value, statuses };
}
