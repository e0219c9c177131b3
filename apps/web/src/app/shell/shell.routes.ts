import type { Routes } from '@angular/router';
import { CO_FUNDING_INBOX_ROLES, CO_FUNDING_LEDGER_ROLES } from './nav-links';
import { accountRoute, roleGuard } from '@gp/web/auth';
import { provideAppIcons, provideSwedishTexts } from '@gp/web/core';
import { readProjectPageAhead } from '@gp/web/project-data';
import { landingPage } from './landing-page';
import { ShellComponent } from './shell.component';

/**
 * Everything behind sign-in: the shell (toolbar, navigation) and its pages. Loaded only for a
 * signed-in person (app.routes), so the sign-in page downloads none of it: not the icons and the
 * rest of the Swedish texts, which the shell registers here for every page under it, nor
 * libs/domain's rules.
 */
export const shellRoutes: Routes = [
  {
    path: '',
    component: ShellComponent,
    providers: [provideAppIcons(), provideSwedishTexts()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: landingPage },
      {
        path: 'board',
        loadChildren: () => import('@gp/web/board').then((m) => m.boardRoutes),
      },
      {
        path: 'reports',
        loadChildren: () => import('@gp/web/portfolio').then((m) => m.reportsRoutes),
      },
      {
        path: 'projects',
        canMatch: [readProjectPageAhead],
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
        canActivate: [roleGuard(...CO_FUNDING_INBOX_ROLES)],
        loadChildren: () => import('@gp/web/co-funding').then((m) => m.approvalsRoutes),
      },
      {
        path: 'co-funding/ledger',
        canActivate: [roleGuard(...CO_FUNDING_LEDGER_ROLES)],
        loadChildren: () => import('@gp/web/co-funding').then((m) => m.ledgerRoutes),
      },
      {
        path: 'co-funding/delegated',
        canActivate: [roleGuard(...CO_FUNDING_LEDGER_ROLES)],
        loadChildren: () => import('@gp/web/co-funding').then((m) => m.delegatedDecisionsRoutes),
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
