import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@gp/api/core';
import { ReminderQueue } from './reminder-queue.service';

/** The `reminders` queue's producer side: the api schedules, the worker's reconciler re-adds. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Reminders })],
  providers: [ReminderQueue],
  exports: [ReminderQueue, BullModule],
})
export class ReminderQueueModule {}
