import type { Params, Router } from '@angular/router';

/** Where the project page's "back" link leads, and its words. */
export interface BackLink {
  path: string;
  query: Params;
  /** The whole address, for navigating there from code. */
  url: string;
  label: BackLabel;
}

/** The pages a project is opened from, and the words of the way back to each. */
const BACK_LABELS = {
  '/board': 'project.back',
  '/projects': 'project.backToTable',
  '/approvals': 'project.backToApprovals',
  '/notifications': 'project.backToReminders',
} as const;
type BackLabel = (typeof BACK_LABELS)[keyof typeof BACK_LABELS];

const BOARD: BackLink = { path: '/board', query: {}, url: '/board', label: 'project.back' };

/**
 * The board, the table of projects, the co-funding approvals or the reminders the person came
 * from, with its search and filters (read from the navigation that brought them here), so "back"
 * does not lose them (a department head asked to approve returns to her approvals). Coming from another
 * project (its previous or next attempt), the link that brought them carries that page's "back"
 * in its navigation state. A page opened directly leads back to the board.
 */
export function backFromProject(router: Router): BackLink {
  const navigation = router.currentNavigation() ?? router.lastSuccessfulNavigation();
  const carried = navigation?.extras.state?.['gpBack'];
  const from = typeof carried === 'string' ? router.parseUrl(carried) : navigation?.previousNavigation?.finalUrl;
  if (!from) return BOARD;
  const path = '/' + (from.root.children['primary']?.segments.map((segment) => segment.path).join('/') ?? '');
  if (!(path in BACK_LABELS)) return BOARD;
  return {
    path,
    query: from.queryParams,
    url: router.serializeUrl(from),
    label: BACK_LABELS[path as keyof typeof BACK_LABELS],
  };
}
