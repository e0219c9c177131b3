import type { Routes } from '@angular/router';

/**
 * The programmes section. The app decides who may edit: it passes `mayEdit` as route data or a
 * resolver, which the router binds to the page's input. The API checks the role again.
 */
export const programmesRoutes: Routes = [
  {
    path: '',
    title: 'programmes.heading',
    loadComponent: () => import('./programmes/programmes.page').then((m) => m.ProgrammesPage),
  },
];
