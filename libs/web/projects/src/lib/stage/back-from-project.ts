import type { Params, Router } from '@angular/router';

/** Where the project page's "back" link leads, and its words. */
export interface BackLink {
  path: string;
  query: Params;
  /** The whole address, for navigating there from code. */
  url: string;
  label: 'project.back' | 'project.backToTable';
}

const BOARD: BackLink = { path: '/board', query: {}, url: '/board', label: 'project.back' };

/**
 * The board or the table of projects the person came from, with its search and filters (read
 * from the navigation that brought them here), so "back" does not lose them. Coming from another
 * project (its previous or next attempt), the link that brought them carries that page's "back"
 * in its navigation state. A page opened directly leads back to the board.
 */
export function backFromProject(router: Router): BackLink {
  const navigation = router.currentNavigation() ?? router.lastSuccessfulNavigation();
  const carried = navigation?.extras.state?.['gpBack'];
  const from = typeof carried === 'string' ? router.parseUrl(carried) : navigation?.previousNavigation?.finalUrl;
  if (!from) return BOARD;
  const path = '/' + (from.root.children['primary']?.segments.map((segment) => segment.path).join('/') ?? '');
  if (path !== '/board' && path !== '/projects') return BOARD;
  return {
    path,
    query: from.queryParams,
    url: router.serializeUrl(from),
    label: path === '/board' ? 'project.back' : 'project.backToTable',
  };
}
