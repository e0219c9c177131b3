import { inject } from '@angular/core';
import type { ResolveFn, Routes } from '@angular/router';
import { IDEA_CREATOR_ROLES, PROJECT_EDITOR_ROLES, type CurrentUser, type Role } from '@gp/domain';
import { accountRoute, roleGuard, signInRoute, signedInGuard } from '@gp/web/auth';
import { SessionStore } from '@gp/web/session';

/** Who keeps the programme catalogue current; the API allows the same roles. */
const PROGRAMME_EDITORS: readonly Role[] = ['admin', 'coordinator'];

/**
 * Whether the signed-in person may edit programmes and calls. Features may not import the
 * session (a feature lib), so the app resolves it and the router binds it to the page's input.
 */
const mayEditProgrammes: ResolveFn<boolean> = () => inject(SessionStore).holdsAnyRole(PROGRAMME_EDITORS);

/** Who moves any card and edits any project; project leads move and edit the ones they lead. */
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

/**
 * The signed-in person for the approvals page, which decides with coFundingDecisionBar who may
 * approve what (a head of the department or an admin, never the one who asked).
 */
const signedInPerson: ResolveFn<CurrentUser | null> = () => inject(SessionStore).user();

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
        resolve: { mayEdit: mayEditProgrammes },
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
        resolve: { user: signedInPerson },
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
