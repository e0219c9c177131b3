import type { Routes } from '@angular/router';

/** "Co-funding per budget year": the ledger of frames and decisions per department. */
export const ledgerRoutes: Routes = [
  {
    path: '',
    title: 'coFundingDecisions.ledger.heading',
    loadComponent: () => import('./ledger/ledger.page').then((m) => m.LedgerPage),
  },
];

/**
 * The delegated decisions to report at the committee's next meeting: pick a department, or open
 * one's own (the router binds `:departmentId` to the page's input).
 */
export const delegatedDecisionsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'coFundingDecisions.delegated.heading',
    loadComponent: () => import('./delegated/delegated-decisions.page').then((m) => m.DelegatedDecisionsPage),
  },
  {
    path: ':departmentId',
    title: 'coFundingDecisions.delegated.heading',
    loadComponent: () => import('./delegated/delegated-decisions.page').then((m) => m.DelegatedDecisionsPage),
  },
];
