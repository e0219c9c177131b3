export * from './lib/mail-layout';
export * from './lib/mail-queue/mail-job';
export * from './lib/mail-queue/mail-queue.service';
export * from './lib/mail-queue/mail-queue.module';
export * from './lib/outbox/mail-outbox.service';
export * from './lib/outbox/mail-outbox.module';
