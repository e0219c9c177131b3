import { Module } from '@nestjs/common';
import { MailQueueModule } from '@gp/api/core';
import { MailOutbox } from './mail-outbox.service';

@Module({
  imports: [MailQueueModule],
  providers: [MailOutbox],
  exports: [MailOutbox],
})
export class MailOutboxModule {}
