import type { Routes } from '@angular/router';

/** The deadline calendar, for every role; the API shows each person what they may read. */
export const calendarRoutes: Routes = [
  {
    path: '',
    title: 'calendar.heading',
    loadComponent: () => import('./calendar.page').then((m) => m.CalendarPage),
  },
];
