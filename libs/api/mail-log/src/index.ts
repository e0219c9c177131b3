export * from './lib/mail-queue/mail-sending.module';
export * from './lib/mail-queue/mail-outbox.sweeper';
export * from './lib/mail-log/mail-log.module';
export * from './lib/mail-queue/mail-concurrency';
