import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@gp/api/core';
import { MailQueue } from './mail-queue.service';

/** The api's side of the `mail` queue: it only adds jobs. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Mail })],
  providers: [MailQueue],
  exports: [MailQueue],
})
export class MailQueueModule {}
