import { Module } from '@nestjs/common';
import { ReminderQueueModule } from '@gp/api/core';
import { DeadlineTransactions } from './deadline-transactions.service';

@Module({
  imports: [ReminderQueueModule],
  providers: [DeadlineTransactions],
  exports: [DeadlineTransactions],
})
export class DeadlinesModule {}
