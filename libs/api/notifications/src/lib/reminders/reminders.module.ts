import { Module } from '@nestjs/common';
import { MailQueueModule, ReminderQueueModule } from '@gp/api/core';
import { DeadlinesModule } from '@gp/api/data';
import { DigestSender } from './digest.sender';
import { ReminderProcessor } from './reminder.processor';
import { RemindersReconciler } from './reminders.reconciler';

/** The worker's side of the `reminders` queue: the processor and the reconciler. */
@Module({
  imports: [ReminderQueueModule, MailQueueModule, DeadlinesModule],
  providers: [ReminderProcessor, RemindersReconciler, DigestSender],
})
export class RemindersModule {}
