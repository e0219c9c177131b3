import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, QueueName } from '@gp/api/core';
import { KeptMailDriver } from './kept-mail.driver';
import { MailDriver } from './mail-driver';
import { MailLogClaims } from './mail-log-claims.service';
import { MailOutboxSweeper } from './mail-outbox.sweeper';
import { MailProcessor } from './mail.processor';
import { SendMailJob } from './send-mail.job';
import { SmtpMailDriver } from './smtp-mail.driver';

/** The worker's side of the `mail` queue: its processor and one class per job (send mail, sweep outbox). */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Mail })],
  providers: [
    MailLogClaims,
    MailOutboxSweeper,
    MailProcessor,
    SendMailJob,
    {
      provide: MailDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.smtpUrl ? new SmtpMailDriver(config) : new KeptMailDriver()),
    },
  ],
})
export class MailSendingModule {}
