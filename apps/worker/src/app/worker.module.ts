import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, AppConfigModule, QueuesRootModule, RedisModule } from '@gp/api/core';
import { DatabaseModule } from '@gp/api/data';
import { MailSendingModule } from '@gp/api/mail-log';
import { HousekeepingModule } from '@gp/api/projects';
import { ReminderProcessingModule } from '@gp/api/reminders';

/** The worker process: the same code as the api, running the BullMQ processors instead of HTTP. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.register(config),
        RedisModule,
        DatabaseModule,
        QueuesRootModule,
        MailSendingModule,
        ReminderProcessingModule,
        HousekeepingModule,
      ],
    };
  }
}
