import type { Routes } from '@angular/router';

/**
 * The programmes section. The page asks the session who may edit (libs/domain's
 * PROGRAMME_EDITOR_ROLES); the API checks the same roles again.
 */
export const programmesRoutes: Routes = [
  {
    path: '',
    title: 'programmes.heading',
    loadComponent: () => import('./programmes/programmes.page').then((m) => m.ProgrammesPage),
  },
];
