import type { Routes } from '@angular/router';
import { provideTranslatedPaginator } from '@gp/web/ui';

/**
 * The reminders page, for every role. Admins and coordinators see everyone's reminders, others
 * what was sent to them; the API decides. `?projectId=` narrows it to one project.
 */
export const notificationLogRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [
      {
        path: '',
        title: 'reminders.heading',
        loadComponent: () => import('./notification-log.page').then((m) => m.NotificationLogPage),
      },
    ],
  },
];
