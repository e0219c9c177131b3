export * from './lib/reminders.module';
export * from './lib/processing/reminder-processing.module';
export * from './lib/processing/reminders.reconciler';
