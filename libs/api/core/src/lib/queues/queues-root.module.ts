import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { redisOptionsFromUrl } from '../redis/redis-options';
import { defaultJobOptions } from './default-job-options';

/** The BullMQ root: connection, key prefix (one per test run) and default job options. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisOptionsFromUrl(config.redisUrl),
        prefix: config.queuePrefix,
        defaultJobOptions,
      }),
    }),
  ],
  exports: [BullModule],
})
export class QueuesRootModule {}
