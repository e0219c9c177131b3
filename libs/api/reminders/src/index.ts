export * from './lib/reminders.module';
export * from './lib/reminders-queue/reminder-processing.module';
export * from './lib/reminders-queue/reminders.reconciler';
