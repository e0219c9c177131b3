import { Module } from '@nestjs/common';
import { DeadlineSyncModule, ReminderQueueModule } from '@gp/api/deadline-sync';
import { MailQueueModule } from '@gp/api/mail';
import { DigestSender } from './digest.sender';
import { ReminderProcessor } from './reminder.processor';
import { RemindersReconciler } from './reminders.reconciler';

/** The worker's side of the `reminders` queue: the processor and the reconciler. */
@Module({
  imports: [ReminderQueueModule, MailQueueModule, DeadlineSyncModule],
  providers: [ReminderProcessor, RemindersReconciler, DigestSender],
})
export class ReminderProcessingModule {}
