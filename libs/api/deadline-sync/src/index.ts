export * from './lib/reminder-plan';
export * from './lib/reminders-queue/reminder-job';
export * from './lib/reminders-queue/reminder-queue.service';
export * from './lib/reminders-queue/reminder-queue.module';
export * from './lib/sync-deadlines';
export * from './lib/deadline-transactions.service';
export * from './lib/reminder-rules.service';
export * from './lib/deadline-sync.module';
