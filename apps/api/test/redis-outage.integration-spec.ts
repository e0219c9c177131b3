import type { INestApplication } from '@nestjs/common';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo, DEMO_PASSWORD } from './support/demo';
import { PrivateRedis } from './support/redis-server';

/** PostgreSQL remembers; Redis only schedules. Losing Redis must not take the desk down with it. */
describe('while Redis is down', () => {
  let redis: PrivateRedis;
  let app: INestApplication;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    ({ app } = await createApp({ redisUrl: redis.url }));
    // A first sign-in while Redis is up loads the rate limit's script.
    await ApiClient.signedIn(app, demo.viewer);
    await redis.stop();
  });

  afterAll(async () => {
    await redis.restart();
    await app.close();
    await redis.stop();
  });

  it('people still sign in, and what they save is saved', async () => {
    const started = Date.now();
    const admin = await ApiClient.signedIn(app, demo.admin, DEMO_PASSWORD);
    const name = `Under avbrottet ${Date.now()}`;
    await admin.post('/api/departments', { name }).expect(201);
    expect(
      (await admin.get('/api/departments').expect(200)).body.map((d: { name: string }) => d.name),
    ).toContain(name);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a request that must queue an email answers 503 at once instead of hanging', async () => {
    const admin = await ApiClient.signedIn(app, demo.admin);
    const started = Date.now();
    const response = await admin.post('/api/mail-log/test');
    expect(response.status).toBe(503);
    expect(response.body.code).toBe('queue_unavailable');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
