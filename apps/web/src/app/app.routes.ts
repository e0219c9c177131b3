import { inject } from '@angular/core';
import type { ResolveFn, Routes } from '@angular/router';
import { IDEA_CREATOR_ROLES, PROJECT_EDITOR_ROLES } from '@gp/domain';
import { accountRoute, roleGuard, signInRoute, signedInGuard } from '@gp/web/auth';
import { SessionStore } from '@gp/web/session';

/**
 * The board still takes who may move and create as route inputs (the project, programmes and
 * approvals pages read the session themselves through @gp/web/session).
 * Who moves any card and edits any project; project leads move and edit the ones they lead.
 */
const mayMoveAllProjects: ResolveFn<boolean> = () => inject(SessionStore).holdsAnyRole(PROJECT_EDITOR_ROLES);

/** Who may register a new idea; the API allows the same roles. */
const mayCreateIdeas: ResolveFn<boolean> = () => inject(SessionStore).holdsAnyRole(IDEA_CREATOR_ROLES);

/**
 * The signed-in person's id when they lead projects, so the board and project page can tell their
 * own projects: libs/domain's mayEditProject lets a project lead edit the projects they lead.
 */
const signedInUserId: ResolveFn<string | null> = () => {
  const user = inject(SessionStore).user();
  return user?.roles.includes('project_lead') ? user.id : null;
};

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
        resolve: { mayMoveAll: mayMoveAllProjects, userId: signedInUserId, mayCreate: mayCreateIdeas },
        loadChildren: () => import('@gp/web/projects').then((m) => m.boardRoutes),
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
        loadChildren: () => import('@gp/web/projects').then((m) => m.calendarRoutes),
      },
      {
        path: 'notifications',
        loadChildren: () => import('@gp/web/projects').then((m) => m.notificationLogRoutes),
      },
      {
        path: 'approvals',
        canActivate: [roleGuard('department_head', 'admin')],
        loadChildren: () => import('@gp/web/approvals').then((m) => m.approvalsRoutes),
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
