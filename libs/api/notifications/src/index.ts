export * from './lib/mail-sending/mail-sending.module';
export * from './lib/mail-log/mail-log.module';
export * from './lib/reminders/reminders.module';
