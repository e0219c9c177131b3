export * from './lib/reminders.module';
export * from './lib/reminders-queue/reminder-processing.module';
export * from './lib/reminders-queue/reminders.reconciler';
export * from './lib/reminders-queue/due-reminders';
export * from './lib/reminders-queue/reminder-schedulers';
export * from './lib/reminders-queue/digest.sender';
export * from './lib/reminders-queue/due-deadlines';
