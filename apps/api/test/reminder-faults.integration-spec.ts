import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { dueRemindersJobId, reminderFirings, zonedWallTimeToInstant, type Project } from '@gp/domain';
import { QueueName, type AppConfig } from '@gp/api/core';
import { ApiClient } from './support/api-client';
import { ideaLedByJonasEk, unique } from './support/application';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { drainedQueues } from './support/drained-queues';
import { PrivateRedis } from './support/redis-server';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

import { RemindersReconciler } from '@gp/api/reminders';

const DEADLINES = 1000;
const DUE_ON = '2029-06-15';

/**
 * Faults, against real Redis (a private one the test may flush), PostgreSQL and SMTP: Redis loses
 * everything in the middle of a batch while two workers go on running, as on two machines. Every
 * due reminder must arrive exactly once, within minutes, with no restart, and none for what is
 * done. Counted from what the SMTP server received.
 */
describe('reminders under faults', () => {
  let redis: PrivateRedis;
  let app: INestApplication;
  let workers: INestApplicationContext[];
  let smtp: SmtpSink;
  let project: Project;
  let config: AppConfig;
  let queue: Queue;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    smtp = new SmtpSink();
    // Slow enough that the flush lands with the batch's emails still on their way.
    smtp.delayMs = 5;
    const smtpUrl = await smtp.start();
    ({ app, config } = await createApp({ redisUrl: redis.url }));
    // Schedulers checked twice a second and the outbox swept every second, instead of every minute.
    const quick = { redisUrl: redis.url, smtpUrl, schedulerCheckSeconds: 0.5, outboxSweepSeconds: 1 };
    workers = [await createWorker(quick), await createWorker(quick)];
    queue = app.get<Queue>(getQueueToken(QueueName.Reminders));
    const coordinator = await ApiClient.signedIn(app, demo.coordinator);
    project = await ideaLedByJonasEk(coordinator, `Felsäkerhet ${unique()}`);
  });

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await app.close();
    await smtp.stop();
    await redis.stop();
  });

  const ours = () => smtp.received.filter((m) => (m.subject ?? '').startsWith(`${project.title} · `));

  it('sends every reminder of a batch once when Redis is flushed in the middle of it, with the workers left running', async () => {
    const dataSource = app.get(DataSource);
    const ids: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
       SELECT $1, 'checklist_item', gen_random_uuid()::text, 'Punkt ' || n, $2, 'open'
         FROM generate_series(1, $3) AS n
       RETURNING id`,
      [project.id, DUE_ON, DEADLINES],
    );
    expect(ids).toHaveLength(DEADLINES);
    // Fifty are done before their day: nothing is sent for them.
    await dataSource.query(`UPDATE deadline SET status = 'done' WHERE id = ANY($1::uuid[])`, [
      ids.slice(0, 50).map((d) => d.id),
    ]);

    // The day before's 08:00 comes: its instant's job claims the whole batch.
    const at = reminderFirings(DUE_ON, [1], 'Europe/Stockholm')[0].at;
    await queue.add('remind', { at: at.toISOString() }, { jobId: dueRemindersJobId(at) });
    const expected = (DEADLINES - 50) * 2; // the project lead and the coordinator
    await until(() => ours().length, {
      what: 'a fifth of the batch to arrive',
      ok: (n) => n >= expected / 5,
      timeoutMs: 60_000,
      everyMs: 20,
    });

    // Redis loses everything: the mail jobs on their way, and the workers' schedulers.
    const admin = new Redis(redis.url);
    await admin.flushall();
    admin.disconnect();
    expect(ours().length).toBeLessThan(expected);

    // No restart: the workers put their schedulers back, and the outbox sweep sends what is left.
    await until(() => ours().length, {
      what: `all ${expected} reminder emails`,
      ok: (n) => n >= expected,
      timeoutMs: 150_000,
      everyMs: 250,
    });
    // Any duplicate on its way has arrived once nothing is left to run.
    await drainedQueues(config, 60_000);

    const mails = ours();
    expect(mails).toHaveLength(expected);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(expected);
    const perRecipient = new Map<string, number>();
    for (const mail of mails) {
      const key = `${mail.to && 'value' in mail.to ? mail.to.value[0].address : ''}|${mail.subject}`;
      perRecipient.set(key, (perRecipient.get(key) ?? 0) + 1);
    }
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    for (const n of [1, 25, 50])
      expect(mails.filter((m) => (m.subject ?? '').endsWith(` – Punkt ${n}`))).toEqual([]);
    // Every scheduler is back in Redis.
    for (const id of ['reconcile', 'digest']) expect(await queue.getJobScheduler(id)).toBeDefined();
    const sent: Array<{ status: string; n: number }> = await dataSource.query(
      `SELECT m.status, count(*)::int AS n FROM notification n
         JOIN deadline d ON d.id = n.deadline_id JOIN mail_log m ON m.message_id = n.message_id
        WHERE d.project_id = $1 GROUP BY m.status`,
      [project.id],
    );
    expect(sent).toEqual([{ status: 'sent', n: expected }]);
  }, 240_000);

  it('sends a reminder whose job Redis lost before it fell due at the next reconcile, once', async () => {
    const dataSource = app.get(DataSource);
    const title = `Förlorad ${unique()}`;
    await dataSource.query(
      `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
       VALUES ($1, 'checklist_item', gen_random_uuid()::text, $2, '2029-10-19', 'open')`,
      [project.id, title],
    );
    // Redis held no job when the day-before reminder fell due; the reconcile ten minutes later finds it unsent.
    const firing = zonedWallTimeToInstant('2029-10-18T08:00', 'Europe/Stockholm') as Date;
    const reconciler = workers[0].get(RemindersReconciler);
    expect((await reconciler.reconcile(new Date(firing.getTime() + 10 * 60_000))).catchUp).toBe(true);
    const about = () => smtp.received.filter((m) => (m.subject ?? '').includes(title));
    await until(() => about().length, { what: 'the caught-up reminder to both people', ok: (n) => n >= 2 });
    // The next reconciles find it sent and claim it no more.
    expect((await reconciler.reconcile(new Date(firing.getTime() + 25 * 60_000))).catchUp).toBe(false);
    await reconciler.reconcile(new Date(firing.getTime() + 40 * 60_000));
    await drainedQueues(config);
    // The project lead and the coordinator, once each.
    expect(about().map((m) => m.subject?.replace(title, 'X'))).toEqual([
      `${project.title} · i morgon: Punkt i checklistan – X`,
      `${project.title} · i morgon: Punkt i checklistan – X`,
    ]);
  }, 60_000);
});
