import type { Routes } from '@angular/router';

/**
 * The approvals page for heads of department and admins. The app resolves the signed-in person
 * as `user` (their id, roles and departments), which the router binds to the page's input with
 * the `request` query param that approval emails link with. The API checks every decision again.
 */
export const approvalsRoutes: Routes = [
  {
    path: '',
    title: 'approvals.heading',
    loadComponent: () => import('./approvals.page').then((m) => m.ApprovalsPage),
  },
];
