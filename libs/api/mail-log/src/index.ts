export * from './lib/mail-sending/mail-sending.module';
export * from './lib/mail-sending/mail-outbox.sweeper';
export * from './lib/mail-log/mail-log.module';
