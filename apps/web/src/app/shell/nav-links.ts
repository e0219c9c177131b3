import { BODY_DECISION_RECORDER_ROLES, CO_FUNDING_DECIDER_ROLES, type Role } from '@gp/domain';

/** The approvals inbox: heads decide or recommend there; coordinators read it and record the bodies' decisions. */
export const CO_FUNDING_INBOX_ROLES: readonly Role[] = [
  ...new Set([...CO_FUNDING_DECIDER_ROLES, ...BODY_DECISION_RECORDER_ROLES]),
];

/** The ledger per budget year and the delegated decisions to report: who plans and answers for the money. */
export const CO_FUNDING_LEDGER_ROLES: readonly Role[] = ['coordinator', 'admin', 'department_head'];

export interface NavLink {
  path: string;
  /** Translation key of the link text. */
  label: string;
  icon: string;
  /** Who sees the link; everyone signed in when absent. */
  roles?: readonly Role[];
}

/** The desk's sections, in the order the coordinator works through them. */
export const SECTION_LINKS: readonly NavLink[] = [
  { path: '/board', label: 'nav.board', icon: 'view_kanban' },
  { path: '/reports', label: 'portfolio.nav', icon: 'summarize' },
  { path: '/programmes', label: 'nav.programmes', icon: 'account_balance' },
  { path: '/calendar', label: 'nav.calendar', icon: 'calendar_month' },
  { path: '/notifications', label: 'nav.reminders', icon: 'notifications' },
  { path: '/approvals', label: 'nav.approvals', icon: 'approval', roles: CO_FUNDING_INBOX_ROLES },
  {
    path: '/co-funding/ledger',
    label: 'coFundingDecisions.nav.ledger',
    icon: 'savings',
    roles: CO_FUNDING_LEDGER_ROLES,
  },
  {
    path: '/co-funding/delegated',
    label: 'coFundingDecisions.nav.delegated',
    icon: 'summarize',
    roles: CO_FUNDING_LEDGER_ROLES,
  },
];

/** Admin pages, shown to admins only. */
export const ADMIN_LINKS: readonly NavLink[] = [
  { path: '/admin/users', label: 'nav.users', icon: 'group' },
  { path: '/admin/departments', label: 'nav.departments', icon: 'domain' },
  { path: '/admin/decision-bodies', label: 'decisionBodies.nav', icon: 'event' },
  { path: '/admin/delegation', label: 'decisionBodies.delegation.nav', icon: 'savings' },
  { path: '/admin/exchange-rates', label: 'exchangeRates.nav', icon: 'swap_horiz' },
  { path: '/admin/organisation', label: 'organisationSettings.nav', icon: 'account_balance' },
  { path: '/admin/reminders', label: 'nav.reminderRules', icon: 'alarm' },
  { path: '/admin/mail', label: 'nav.mail', icon: 'mail' },
  { path: '/admin/deleted-ideas', label: 'stageMoves.deletedIdeas.heading', icon: 'delete' },
];
