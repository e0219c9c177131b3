import type { Routes } from '@angular/router';
import { accountRoute, roleGuard, signInRoute, signedInGuard } from '@gp/web/auth';
import { CO_FUNDING_DECIDER_ROLES } from '@gp/domain';

export const appRoutes: Routes = [
  signInRoute,
  {
    path: '',
    // Lazy, so the sign-in page does not wait for the toolbar, navigation and menus.
    loadComponent: () => import('./shell/shell.component').then((m) => m.ShellComponent),
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'board' },
      {
        path: 'board',
        loadChildren: () => import('@gp/web/board').then((m) => m.boardRoutes),
      },
      {
        path: 'projects',
        loadChildren: () => import('@gp/web/projects').then((m) => m.projectRoutes),
      },
      {
        path: 'programmes',
        loadChildren: () => import('@gp/web/programmes').then((m) => m.programmesRoutes),
      },
      {
        path: 'calendar',
        loadChildren: () => import('@gp/web/deadlines').then((m) => m.calendarRoutes),
      },
      {
        path: 'notifications',
        loadChildren: () => import('@gp/web/reminders').then((m) => m.notificationLogRoutes),
      },
      {
        path: 'approvals',
        canActivate: [roleGuard(...CO_FUNDING_DECIDER_ROLES)],
        loadChildren: () => import('@gp/web/co-funding').then((m) => m.approvalsRoutes),
      },
      accountRoute,
      {
        path: 'admin',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('@gp/web/admin').then((m) => m.adminRoutes),
      },
      {
        path: '**',
        title: 'notFound.heading',
        loadComponent: () => import('@gp/web/ui').then((m) => m.NotFoundPage),
      },
    ],
  },
];
