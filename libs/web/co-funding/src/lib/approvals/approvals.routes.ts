import type { Routes } from '@angular/router';

/**
 * The approvals page for heads of department and admins. The page reads the signed-in person
 * from the session; the router binds the `request` query param that approval emails link with
 * to the page's input. The API checks every decision again.
 */
export const approvalsRoutes: Routes = [
  {
    path: '',
    title: 'approvals.heading',
    loadComponent: () => import('./approvals.page').then((m) => m.ApprovalsPage),
  },
];
