import type { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { reminderFirings, type MailLogEntry, type Project } from '@gp/domain';
import { QueueName, redisOptionsFromUrl } from '@gp/api/core';
import { MAIL_JOBS_AT_ONCE, SMTP_CONNECTIONS } from '@gp/api/mail-log';
import { ApiClient } from './support/api-client';
import { ideaLedByJonasEk, unique } from './support/application';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { runNode, waitForOutput, type Running } from './support/processes';
import { drainedQueues } from './support/drained-queues';
import { SmtpSink } from './support/smtp-sink';
import { testConfig } from './support/test-environment';
import { until } from './support/until';

const DEADLINES = 300;
const DUE_ON = '2029-09-14';
// The day before: sent at once, not gathered for the digest.
const OFFSET = 1;

/**
 * The worker as production runs it: two processes of the built program at once, as on two
 * machines, one of them killed with SIGKILL in the middle of sending a batch of due reminders,
 * then started again. Nothing may be sent twice, and
 * nothing may go missing without a trace: a reminder either arrived once, or its email is flagged
 * in the log for a person to check (the send the kill cut off, which the desk never resends by
 * itself). An admin finds the flagged ones by the mail log's status filter and resends them.
 */
describe('two reminder workers, one killed mid-run and restarted', () => {
  const config = testConfig();
  // Its own queues, so only the worker processes of this test take the jobs.
  const prefix = `${config.queuePrefix}-crash`;
  let app: INestApplication;
  let smtp: SmtpSink;
  let project: Project;
  let admin: ApiClient;
  const workers: Running[] = [];
  const queues: Queue[] = [];

  const startWorker = async (smtpUrl: string): Promise<Running> => {
    const worker = runNode('dist/apps/worker/main.js', {
      DATABASE_URL: config.databaseUrl,
      REDIS_URL: config.redisUrl,
      QUEUE_PREFIX: prefix,
      SESSION_SECRET: config.sessionSecret,
      SMTP_URL: smtpUrl,
      LOG_LEVEL: 'log',
    });
    workers.push(worker);
    await waitForOutput(worker, 'worker running', 60_000);
    return worker;
  };

  /** Until `count` start-up reconciles have run, on whichever worker took them. */
  const startReconciles = async (count: number): Promise<void> => {
    const [reminders] = queues;
    const done = async () =>
      (await reminders.getCompleted(0, -1)).filter((job) => job.id?.startsWith('reconcile-at-start')).length;
    await until(done, { what: `${count} start-up reconciles`, ok: (n) => n >= count, timeoutMs: 60_000 });
    expect(await done()).toBeGreaterThanOrEqual(count);
  };

  beforeAll(async () => {
    smtp = new SmtpSink();
    // The api on the workers' queues, so an admin's resend reaches them.
    ({ app } = await createApp({ queuePrefix: prefix }));
    const coordinator = await ApiClient.signedIn(app, demo.coordinator);
    admin = await ApiClient.signedIn(app, demo.admin);
    project = await ideaLedByJonasEk(coordinator, `Omstart ${unique()}`);
  });

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    for (const queue of queues) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await app.close();
    await smtp.stop();
  });

  it('sends every due reminder at most once, and accounts for every one', async () => {
    const smtpUrl = await smtp.start();
    const dataSource = app.get(DataSource);
    for (const name of [QueueName.Reminders, QueueName.Mail])
      queues.push(new Queue(name, { connection: redisOptionsFromUrl(config.redisUrl), prefix }));
    const [reminders] = queues;

    const [first] = await Promise.all([startWorker(smtpUrl), startWorker(smtpUrl)]);
    await startReconciles(2);
    // Made after the workers' start-up reconcile, so the jobs added below are the only ones.
    const ids: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
       SELECT $1, 'checklist_item', gen_random_uuid()::text, 'Punkt ' || n, $2, 'open'
         FROM generate_series(1, $3) AS n
       RETURNING id`,
      [project.id, DUE_ON, DEADLINES],
    );
    expect(ids).toHaveLength(DEADLINES);
    // The day-before reminders fall due now, as their instant's job does on its day.
    const at = reminderFirings(DUE_ON, [OFFSET], 'Europe/Stockholm')[0].at;
    await reminders.add('remind', { at: at.toISOString() }, { jobId: `due-now-${Date.now()}` });
    const ours = () => smtp.received.filter((mail) => (mail.subject ?? '').includes(project.title));
    const expected = DEADLINES * 2; // the project lead and the coordinator
    await until(() => ours().length, {
      what: 'a third of the reminders to arrive',
      ok: (n) => n >= expected / 3,
      timeoutMs: 60_000,
      everyMs: 20,
    });
    expect(ours().length).toBeGreaterThanOrEqual(expected / 3);

    // The kill lands with sends in flight: from now on the SMTP server holds every message before
    // its OK, until each mail job of both workers is active with all it claimed held mid-send.
    smtp.hold();
    // A batch marks its emails sent together once the last is through, so a claimed email is
    // either held at the gate or already arrived and waiting for the rest of its batch.
    const sendingNotArrived = async () => {
      const claimed: Array<{ message_id: string }> = await dataSource.query(
        `SELECT message_id FROM mail_log WHERE status = 'sending'`,
      );
      const arrived = new Set(smtp.received.map((mail) => mail.messageId));
      return claimed.filter((row) => !arrived.has(`<${row.message_id.replace(/^<|>$/g, '')}>`)).length;
    };
    await until(
      async () => ({
        active: (await queues[1].getJobCounts('active')).active,
        sendingNotArrived: await sendingNotArrived(),
        holding: smtp.holding,
      }),
      {
        what: 'both workers mid-send, everything they claimed held or arrived',
        ok: (state) =>
          state.active === 2 * MAIL_JOBS_AT_ONCE &&
          state.holding > 0 &&
          state.holding === state.sendingNotArrived,
        timeoutMs: 60_000,
        everyMs: 20,
      },
    );
    first.child.kill('SIGKILL');
    await first.exited;
    smtp.release();
    const receivedBeforeKill = ours().length;
    expect(receivedBeforeKill).toBeLessThan(expected);

    // Started again. The jobs the dead one held are taken over once their locks run out (30 s).
    await startWorker(smtpUrl);
    const statuses = async () =>
      (await dataSource.query(
        `SELECT m.message_id, m.status FROM notification n
           JOIN deadline d ON d.id = n.deadline_id
           LEFT JOIN mail_log m ON m.message_id = n.message_id
          WHERE d.project_id = $1`,
        [project.id],
      )) as Array<{ message_id: string | null; status: string | null }>;
    const settled = (rows: Array<{ status: string | null }>) =>
      rows.length === expected && rows.every((row) => row.status === 'sent' || row.status === 'flagged');
    await until(statuses, {
      what: 'every reminder email sent or flagged',
      ok: settled,
      timeoutMs: 150_000,
      everyMs: 500,
    });
    // Any duplicate on its way has arrived once the jobs the dead worker held were taken over
    // (their locks run out) and nothing is left to run.
    await drainedQueues({ ...config, queuePrefix: prefix }, 90_000);

    const rows = await statuses();
    expect(rows).toHaveLength(expected);
    expect(settled(rows)).toBe(true);
    const mails = ours();
    const arrived = new Map<string, number>();
    for (const mail of mails) arrived.set(mail.messageId ?? '', (arrived.get(mail.messageId ?? '') ?? 0) + 1);
    // Never twice.
    expect([...arrived.values()].filter((times) => times > 1)).toEqual([]);
    expect(mails.length).toBeGreaterThan(receivedBeforeKill);
    for (const row of rows) {
      const messageId = `<${row.message_id?.replace(/^<|>$/g, '')}>`;
      // Sent means it arrived; one not arrived is flagged in the log, never silently missing.
      if (row.status === 'sent') expect(arrived.get(messageId)).toBe(1);
      else expect(row.status).toBe('flagged');
    }
    // Only the sends the kill cut off are flagged: at most one per SMTP connection of the killed worker.
    expect(rows.filter((row) => row.status === 'flagged').length).toBeLessThanOrEqual(SMTP_CONNECTIONS);
    expect(mails.length + smtp.dropped).toBeGreaterThanOrEqual(expected - SMTP_CONNECTIONS);

    // The admin finds the flagged ones by the status filter and resends them, confirming the warning.
    const flaggedIds = new Set(rows.filter((row) => row.status === 'flagged').map((row) => row.message_id));
    const page = (await admin.get('/api/mail-log?status=flagged&limit=200').expect(200)).body as {
      items: MailLogEntry[];
    };
    const found = page.items.filter((entry) => flaggedIds.has(entry.messageId));
    expect(found).toHaveLength(flaggedIds.size);
    // The kill lands with sends in flight: they are the flagged ones.
    expect(found.length).toBeGreaterThan(0);
    for (const entry of found) {
      await admin.post(`/api/mail-log/${entry.id}/resend`, {}).expect(409);
      await admin.post(`/api/mail-log/${entry.id}/resend`, { confirm: true }).expect(200);
    }
    const arrivals = (messageId: string) => ours().filter((mail) => mail.messageId === messageId).length;
    await until(() => found.filter((entry) => arrivals(entry.messageId) >= 1).length, {
      what: 'every resent reminder to arrive',
      ok: (n) => n === found.length,
      timeoutMs: 60_000,
    });
    await drainedQueues({ ...config, queuePrefix: prefix }, 90_000);
    // The resent ones arrived (once, or a second time if the cut-off send had got through); nothing else twice.
    for (const entry of found) expect(arrivals(entry.messageId)).toBeLessThanOrEqual(2);
    const twice = [...new Set(ours().map((mail) => mail.messageId))].filter(
      (messageId) => arrivals(messageId ?? '') > 1,
    );
    expect(twice.every((messageId) => found.some((entry) => entry.messageId === messageId))).toBe(true);
  }, 300_000);
});
