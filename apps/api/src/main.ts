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
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { prepareDatabase } from './app/prepare-database';

async function bootstrap(): Promise<void> {
  const config = configOrExit();
  // The JSON parser is added by configureApp, before the sign-in rate limit that reads the body.
  const app = await NestFactory.create(AppModule.register(config), {
    bodyParser: false,
    logger: logLevelsFrom(config.logLevel),
  });
  closeOnSignals(app);
  await checkRedisAtStart(app.get<Redis>(REDIS), config.redisUrl);
  await prepareDatabase(app, config);
  configureApp(app, config);
  await app.listen(config.port);
  Logger.log(
    `Projektdesken api listening on ${config.appUrl} (OpenAPI at ${config.appUrl}/api/docs)`,
    'Bootstrap',
  );
}

bootstrap().catch(exitOnStartFailure);
