import type { Routes } from '@angular/router';

/** The board; it reads the session itself for who may move cards and create ideas. The API checks again. */
export const boardRoutes: Routes = [
  {
    path: '',
    title: 'board.heading',
    loadComponent: () => import('./board.page').then((m) => m.BoardPage),
  },
];
