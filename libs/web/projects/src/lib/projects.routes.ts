import type { Routes } from '@angular/router';

/** One project's page at `:id`; it reads the session itself for who may edit and copy. */
export const projectRoutes: Routes = [
  {
    path: ':id',
    title: 'project.heading',
    loadComponent: () => import('./project.page').then((m) => m.ProjectPage),
  },
];
