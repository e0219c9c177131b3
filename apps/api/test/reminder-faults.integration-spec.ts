import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { zonedWallTimeToInstant, type Project } from '@gp/domain';
import { QueueName, type AppConfig } from '@gp/api/core';
import { ApiClient } from './support/api-client';
import { ideaLedByJonasEk, unique } from './support/application';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { drainedQueues } from './support/drained-queues';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

import { RemindersReconciler } from '@gp/api/reminders';

const DEADLINES = 1000;
const DUE_ON = '2029-06-15';

/**
 * Faults, against real Redis, PostgreSQL and SMTP, with a clock the test moves: Redis loses every
 * job, the reconciler puts them back as of just before the 7-day reminders' hour, two workers
 * race for them, and deadlines are done or moved (and moved back) before they fire. Every due
 * reminder must arrive exactly once, and none for what is done.
 */
describe('reminders under faults', () => {
  let app: INestApplication;
  let workers: INestApplicationContext[];
  let smtp: SmtpSink;
  let project: Project;
  let config: AppConfig;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    ({ app, config } = await createApp());
    // As in production with more than one machine.
    workers = [await createWorker({ smtpUrl }), await createWorker({ smtpUrl })];
    const coordinator = await ApiClient.signedIn(app, demo.coordinator);
    project = await ideaLedByJonasEk(coordinator, `Felsäkerhet ${unique()}`);
  });

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await app.close();
    await smtp.stop();
  });

  it('sends every due reminder exactly once, and none for what is done', async () => {
    const dataSource = app.get(DataSource);
    const ids: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
       SELECT $1, 'checklist_item', gen_random_uuid()::text, 'Punkt ' || n, $2, 'open'
         FROM generate_series(1, $3) AS n
       RETURNING id`,
      [project.id, DUE_ON, DEADLINES],
    );
    expect(ids).toHaveLength(DEADLINES);

    // Redis loses everything it held for the reminders.
    const queue = app.get<Queue>(getQueueToken(QueueName.Reminders));
    await queue.obliterate({ force: true });

    // The reconciler runs as of two seconds before the 7-day reminders' 08:00.
    const firing = zonedWallTimeToInstant('2029-06-08T08:00', 'Europe/Stockholm') as Date;
    const added = await workers[0].get(RemindersReconciler).reconcile(new Date(firing.getTime() - 2000));
    // The 7, 3 and 1 days before and the day after are still to come; 30 and 14 have passed.
    expect(added).toBeGreaterThanOrEqual(DEADLINES * 4);

    // Before they fire: fifty are done, fifty are moved and moved straight back.
    await dataSource.query(`UPDATE deadline SET status = 'done' WHERE id = ANY($1::uuid[])`, [
      ids.slice(0, 50).map((d) => d.id),
    ]);
    const moved = ids.slice(50, 100).map((d) => d.id);
    await dataSource.query(`UPDATE deadline SET due_on = '2029-07-01' WHERE id = ANY($1::uuid[])`, [moved]);
    await dataSource.query(`UPDATE deadline SET due_on = $2 WHERE id = ANY($1::uuid[])`, [moved, DUE_ON]);

    const ours = () => smtp.received.filter((m) => (m.subject ?? '').includes(project.title));
    const expected = (DEADLINES - 50) * 2; // the project lead and the coordinator
    await until(() => ours().length, {
      what: `${expected} reminder emails`,
      ok: (n) => n >= expected,
      timeoutMs: 120_000,
      everyMs: 250,
    });
    // Any duplicate on its way has arrived once nothing is left to run.
    await drainedQueues(config);

    const mails = ours();
    expect(mails).toHaveLength(expected);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(expected);
    const perRecipient = new Map<string, number>();
    for (const mail of mails) {
      const key = `${mail.to && 'value' in mail.to ? mail.to.value[0].address : ''}|${mail.subject}`;
      perRecipient.set(key, (perRecipient.get(key) ?? 0) + 1);
    }
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    const doneNames: Array<{ title: string }> = await dataSource.query(
      `SELECT title FROM deadline WHERE id = ANY($1::uuid[])`,
      [ids.slice(0, 50).map((d) => d.id)],
    );
    // A subject ends with the deadline's own title: "<project> · om 7 dagar: Punkt i checklistan – <title>".
    for (const { title } of doneNames)
      expect(mails.filter((m) => (m.subject ?? '').endsWith(` – ${title}`))).toEqual([]);

    const rows = await dataSource.query(
      `SELECT count(*)::int AS n FROM notification n JOIN deadline d ON d.id = n.deadline_id WHERE d.project_id = $1`,
      [project.id],
    );
    expect(rows[0].n).toBe(expected);
  }, 180_000);

  it('sends a reminder whose job Redis lost before it fell due at the next reconcile, once', async () => {
    const dataSource = app.get(DataSource);
    const title = `Förlorad ${unique()}`;
    await dataSource.query(
      `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
       VALUES ($1, 'checklist_item', gen_random_uuid()::text, $2, '2029-10-19', 'open')`,
      [project.id, title],
    );
    // Redis held no job when the 7-day reminder fell due; the reconcile ten minutes later finds it unsent.
    const firing = zonedWallTimeToInstant('2029-10-12T08:00', 'Europe/Stockholm') as Date;
    const reconciler = workers[0].get(RemindersReconciler);
    await reconciler.reconcile(new Date(firing.getTime() + 10 * 60_000));
    const about = () => smtp.received.filter((m) => (m.subject ?? '').includes(title));
    await until(() => about().length, { what: 'the caught-up reminder to both people', ok: (n) => n >= 2 });
    // The next reconciles find it sent and offer it no more.
    await reconciler.reconcile(new Date(firing.getTime() + 25 * 60_000));
    await reconciler.reconcile(new Date(firing.getTime() + 40 * 60_000));
    await drainedQueues(config);
    // The project lead and the coordinator, once each; the 14-day reminder a week earlier is
    // beyond catching up.
    expect(about().map((m) => m.subject?.replace(title, 'X'))).toEqual([
      `${project.title} · om 7 dagar: Punkt i checklistan – X`,
      `${project.title} · om 7 dagar: Punkt i checklistan – X`,
    ]);
  }, 60_000);
});
