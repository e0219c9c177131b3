export * from './lib/notifications.routes';
export * from './lib/reminders.api';
export * from './lib/project/project-deadlines.component';
export * from './lib/rules/reminder-rules.page';
export * from './lib/preferences/reminder-preferences.component';
