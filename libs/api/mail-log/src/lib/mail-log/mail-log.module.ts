import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailLogEntity } from '@gp/api/data';
import { MailQueueModule } from '@gp/api/mail';
import { MailLogController } from './mail-log.controller';
import { MailLogService } from './mail-log.service';

/** The api's side: reading the mail log and sending a test email. */
@Module({
  imports: [TypeOrmModule.forFeature([MailLogEntity]), MailQueueModule],
  controllers: [MailLogController],
  providers: [MailLogService],
})
export class MailLogModule {}
