import type { Routes } from '@angular/router';
import { projectTableRoute } from '@gp/web/portfolio';

/**
 * The table of projects at `''` (libs/web/portfolio's page, its own chunk) and one project's page
 * at `:id`; each reads the session itself for who may edit and copy.
 */
export const projectRoutes: Routes = [
  projectTableRoute,
  {
    path: ':id',
    title: 'project.heading',
    loadComponent: () => import('./project.page').then((m) => m.ProjectPage),
  },
];
