import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Redis } from 'ioredis';
import {
  checkRedisAtStart,
  closeOnSignals,
  configOrExit,
  exitOnStartFailure,
  logLevelsFrom,
  REDIS,
} from '@gp/api/core';
import { WorkerModule } from './app/worker.module';

async function bootstrap(): Promise<void> {
  const config = configOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger: logLevelsFrom(config.logLevel),
  });
  // On SIGTERM the BullMQ workers finish their current jobs before the process exits.
  closeOnSignals(app);
  await checkRedisAtStart(app.get<Redis>(REDIS), config.redisUrl);
  Logger.log(
    `Projektdesken worker running (${config.smtpUrl ? 'sending over SMTP' : 'keeping emails in the app'})`,
    'Bootstrap',
  );
}

bootstrap().catch(exitOnStartFailure);
