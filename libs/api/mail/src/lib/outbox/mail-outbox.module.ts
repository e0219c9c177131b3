import { Module } from '@nestjs/common';
import { MailQueueModule } from '../mail-queue/mail-queue.module';
import { MailOutbox } from './mail-outbox.service';

@Module({
  imports: [MailQueueModule],
  providers: [MailOutbox],
  exports: [MailOutbox],
})
export class MailOutboxModule {}
