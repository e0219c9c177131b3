import type { Routes } from '@angular/router';
import { provideTranslatedPaginator } from '@gp/web/ui';

/**
 * The admin pages, each loaded when opened. The app guards the whole branch with the admin
 * role; the API checks it again on every call.
 */
export const adminRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslatedPaginator()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        title: 'users.heading',
        loadComponent: () => import('./users/users.page').then((m) => m.UsersPage),
      },
      {
        path: 'departments',
        title: 'departments.heading',
        loadComponent: () => import('./departments/departments.page').then((m) => m.DepartmentsPage),
      },
      {
        path: 'decision-bodies',
        title: 'decisionBodies.heading',
        loadComponent: () => import('./decision-bodies/decision-bodies.page').then((m) => m.DecisionBodiesPage),
      },
      {
        path: 'delegation',
        title: 'decisionBodies.delegation.heading',
        loadComponent: () => import('./delegation/delegation.page').then((m) => m.DelegationPage),
      },
      {
        path: 'exchange-rates',
        title: 'exchangeRates.heading',
        loadComponent: () => import('./exchange-rates/exchange-rates.page').then((m) => m.ExchangeRatesPage),
      },
      {
        path: 'organisation',
        title: 'organisationSettings.heading',
        loadComponent: () =>
          import('./organisation/organisation-settings.page').then((m) => m.OrganisationSettingsPage),
      },
      {
        path: 'reminders',
        title: 'reminderRules.heading',
        loadComponent: () => import('@gp/web/reminders').then((m) => m.ReminderRulesPage),
      },
      {
        path: 'deleted-ideas',
        title: 'stageMoves.deletedIdeas.heading',
        loadComponent: () => import('./deleted-ideas/deleted-ideas.page').then((m) => m.DeletedIdeasPage),
      },
      {
        path: 'mail',
        title: 'mail.heading',
        loadComponent: () => import('./mail-log/mail-log.page').then((m) => m.MailLogPage),
      },
    ],
  },
];
