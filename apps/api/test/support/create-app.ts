import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AppConfig } from '@gp/api/core';
import { AppModule } from '../../src/app/app.module';
import { configureApp } from '../../src/app/configure-app';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the tests run the worker's real module beside the api
import { WorkerModule } from '../../../worker/src/app/worker.module';
import { testConfig } from './test-environment';

/** The real api, configured exactly as main.ts does; only what is outside (SMTP, ports) differs. */
export async function createApp(
  overrides: Partial<AppConfig> = {},
): Promise<{ app: INestApplication; config: AppConfig }> {
  const config = testConfig(overrides);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
  configureApp(app, config);
  await app.init();
  return { app, config };
}

/** The real worker process's module, in this process. */
export async function createWorker(overrides: Partial<AppConfig> = {}): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [WorkerModule.register(testConfig(overrides))],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}
