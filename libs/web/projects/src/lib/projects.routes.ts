import type { Routes } from '@angular/router';

/** The board; it reads the session itself for who may move cards and create ideas. The API checks again. */
export const boardRoutes: Routes = [
  {
    path: '',
    title: 'board.heading',
    loadComponent: () => import('./board/board.page').then((m) => m.BoardPage),
  },
];

/** One project's page at `:id`; it reads the session itself for who may edit and copy. */
export const projectRoutes: Routes = [
  {
    path: ':id',
    title: 'project.heading',
    loadComponent: () => import('./project/project.page').then((m) => m.ProjectPage),
  },
];
