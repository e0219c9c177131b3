import { Module } from '@nestjs/common';
import { DeadlineSyncModule, ReminderQueueModule } from '@gp/api/deadline-sync';
import { MailOutboxModule } from '@gp/api/mail';
import { DigestSender } from './digest.sender';
import { DueReminders } from './due-reminders';
import { ReminderSchedulers } from './reminder-schedulers';
import { RemindersProcessor } from './reminders.processor';
import { RemindersReconciler } from './reminders.reconciler';

/**
 * The worker's side of the `reminders` queue: its processor, one class per job - claim the
 * reminders due at an instant (DueReminders), reconcile, digest - and the schedulers it keeps.
 */
@Module({
  imports: [ReminderQueueModule, MailOutboxModule, DeadlineSyncModule],
  providers: [RemindersProcessor, DueReminders, RemindersReconciler, DigestSender, ReminderSchedulers],
})
export class ReminderProcessingModule {}
