export * from './lib/notifications.routes';
export * from './lib/reminders.api';
export * from './lib/project/project-deadlines.component';
