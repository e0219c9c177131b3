import { Module } from '@nestjs/common';
import { ReminderQueueModule } from './reminders-queue/reminder-queue.module';
import { DeadlineTransactions } from './deadline-transactions.service';
import { ReminderRules } from './reminder-rules.service';

@Module({
  imports: [ReminderQueueModule],
  providers: [DeadlineTransactions, ReminderRules],
  exports: [DeadlineTransactions, ReminderRules],
})
export class DeadlineSyncModule {}
