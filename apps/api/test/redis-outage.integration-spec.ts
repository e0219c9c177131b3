import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@gp/api/core';
import { DataSource } from 'typeorm';
import type { Department } from '@gp/domain';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate } from './support/application';
import { createApp, createWorker } from './support/create-app';
import { demo, DEMO_PASSWORD } from './support/demo';
import { PrivateRedis } from './support/redis-server';
import { drainedQueues } from './support/drained-queues';
import { SmtpSink } from './support/smtp-sink';

import { MailOutboxSweeper } from '@gp/api/mail-log';

/** PostgreSQL remembers; Redis only schedules. Losing Redis must not take the desk down with it. */
describe('while Redis is down', () => {
  let redis: PrivateRedis;
  let app: INestApplication;
  let config: AppConfig;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    ({ app, config } = await createApp({ redisUrl: redis.url }));
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

  it('keeps the emails of a change saved meanwhile, and sends them once Redis is back', async () => {
    const coordinator = await ApiClient.signedIn(app, demo.coordinator);
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    const education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
    const { programme, call } = await programmeWithTemplate(coordinator, []);
    const project = await applicationTo(coordinator, education, programme, call);
    const started = Date.now();
    const request = (
      await coordinator
        .post(`/api/projects/${project.id}/co-funding-requests`, {
          departmentId: education.id,
          currency: 'SEK',
          years: [{ year: 2027, cashMinor: 10_000_000, inKindMinor: 0 }],
          justification: 'Under avbrottet',
        })
        .expect(201)
    ).body;
    expect(Date.now() - started).toBeLessThan(10_000);
    const outbox = () =>
      app
        .get(DataSource)
        .query(
          `SELECT recipient, status FROM mail_log WHERE kind = 'co_funding_requested' AND subject LIKE $1`,
          [`%${project.title}%`],
        ) as Promise<Array<{ recipient: string; status: string }>>;
    // Written with the request, waiting for Redis.
    expect(await outbox()).toEqual([{ recipient: demo.departmentHead, status: 'queued' }]);

    await redis.restart();
    const smtp = new SmtpSink();
    const worker = await createWorker({ redisUrl: redis.url, smtpUrl: await smtp.start() });
    try {
      await worker.get(MailOutboxSweeper).sweep(0);
      const mails = await smtp.waitFor(1, 15_000);
      expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining(project.title)]);
      expect(mails[0].text).toContain(`/approvals?request=${request.id}`);
      // Swept again, and the api's own hand-over arriving late: still one email.
      await worker.get(MailOutboxSweeper).sweep(0);
      await drainedQueues(config);
      expect(smtp.received).toHaveLength(1);
      expect(await outbox()).toEqual([{ recipient: demo.departmentHead, status: 'sent' }]);
    } finally {
      await worker.close();
      await smtp.stop();
    }
  });
});
