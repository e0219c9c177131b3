import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo, DEMO_PASSWORD } from './support/demo';
import { FetchClient, runNode, waitForHealthy, waitForOutput } from './support/processes';
import { freePort } from './support/redis-server';
import { testConfig } from './support/test-environment';

/** Every address Swagger serves the documentation under, and the two it would by default. */
const DOCS = [
  '/api/docs',
  '/api/docs/',
  '/api/docs/openapi.json',
  '/api/docs/openapi.yaml',
  '/api/docs/swagger-ui-init.js',
];

describe('production is safe by default', () => {
  describe('the API documentation in production', () => {
    let app: INestApplication;

    beforeAll(async () => {
      ({ app } = await createApp({ nodeEnv: 'production' }));
    });

    afterAll(() => app.close());

    it.each(DOCS)('answers %s with 401 to a stranger', async (path) => {
      const response = await request(app.getHttpServer()).get(path).expect(401);
      expect(response.body).toMatchObject({ statusCode: 401, code: 'unauthenticated' });
    });

    it('answers 403 to a signed-in person who is not an admin', async () => {
      const coordinator = await ApiClient.signedIn(app, demo.coordinator);
      for (const path of DOCS) {
        const response = await coordinator.get(path).expect(403);
        expect(response.body).toMatchObject({ statusCode: 403, code: 'role_not_allowed' });
      }
    });

    it('shows it to an admin', async () => {
      const admin = await ApiClient.signedIn(app, demo.admin);
      const document = await admin.get('/api/docs/openapi.json').expect(200);
      expect(document.body.info.title).toBe('Projektdesken API');
      expect((await admin.get('/api/docs/openapi.yaml').expect(200)).text).toContain('Projektdesken API');
      expect((await admin.get('/api/docs').redirects(1).expect(200)).text).toContain('swagger');
    });

    it('serves no copy of it beside the guarded path', async () => {
      for (const path of ['/api/docs-json', '/api/docs-yaml'])
        expect((await request(app.getHttpServer()).get(path)).status).toBe(404);
    });
  });

  describe('the API documentation outside production', () => {
    let app: INestApplication;

    beforeAll(async () => {
      ({ app } = await createApp({ nodeEnv: 'development' }));
    });

    afterAll(() => app.close());

    it('is open to anyone, for developers', async () => {
      const document = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
      expect(document.body.info.title).toBe('Projektdesken API');
    });
  });

  describe('the demo data', () => {
    const config = testConfig();
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl,
      QUEUE_PREFIX: `${config.queuePrefix}-prod`,
      SESSION_SECRET: 'production-tests-secret-production-tests',
      DEMO_DATA: 'on',
    };

    it.each(['apps/api/main.js', 'apps/worker/main.js'])(
      'stops dist/%s under NODE_ENV=production with DEMO_DATA=on, saying why',
      async (main) => {
        const started = runNode(join('dist', main), production);
        expect(await started.exited).toBe(78);
        expect(started.output()).toContain(
          'Configuration error: DEMO_DATA is not valid; expected off in production: the demo data signs in admin@demo.kommun.se',
        );
      },
    );

    it('is not loaded by a production npm start, which starts with the first admin it is given instead', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'gp-production-start-'));
      const port = await freePort();
      const desk = runNode('tools/launcher/start.mjs', {
        NODE_ENV: 'production',
        GP_DATA_DIR: dataDir,
        GP_SKIP_BUILD: '1',
        PORT: String(port),
        REDIS_URL: config.redisUrl,
        QUEUE_PREFIX: `${config.queuePrefix}-start`,
        FIRST_ADMIN_EMAIL: 'IT-Stod@Kommun.example',
        FIRST_ADMIN_PASSWORD: 'first admin of the production desk',
      });
      try {
        await waitForHealthy(port);
        await waitForOutput(desk, 'is running at');
        expect(desk.output()).not.toContain('Demo accounts');
        const stranger = new FetchClient(`http://127.0.0.1:${port}`);
        const signIn = await stranger.request('POST', '/api/auth/sign-in', {
          email: demo.admin,
          password: DEMO_PASSWORD,
        });
        expect(signIn.status).toBe(401);
        expect((await stranger.request('GET', '/api/docs/openapi.json')).status).toBe(401);
        const firstAdmin = await stranger.request('POST', '/api/auth/sign-in', {
          email: 'it-stod@kommun.example',
          password: 'first admin of the production desk',
        });
        expect(firstAdmin.status).toBe(200);
        expect(firstAdmin.body.user.roles).toEqual(['admin']);
      } finally {
        desk.child.kill('SIGTERM');
        await desk.exited;
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});
