import { Module } from '@nestjs/common';
import { DeadlineSyncModule, ReminderQueueModule } from '@gp/api/deadline-sync';
import { MailQueueModule } from '@gp/api/mail';
import { DigestSender } from './digest.sender';
import { RemindJob } from './remind.job';
import { RemindersProcessor } from './reminders.processor';
import { RemindersReconciler } from './reminders.reconciler';
import { RuleChangedJob } from './rule-changed.job';

/**
 * The worker's side of the `reminders` queue: its processor and one class per job - remind,
 * reconcile (RemindersReconciler), digest (DigestSender) and rule changed.
 */
@Module({
  imports: [ReminderQueueModule, MailQueueModule, DeadlineSyncModule],
  providers: [RemindersProcessor, RemindJob, RemindersReconciler, DigestSender, RuleChangedJob],
})
export class ReminderProcessingModule {}
