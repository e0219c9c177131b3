/**
 * Reminder scheduling and delivery, in two parts, in a fresh database and under this run's own
 * queue prefixes:
 *
 * 1. Scheduling: 100,000 open deadlines (raw SQL), then the worker's reconciler adds all their
 *    reminder jobs to Redis, timed against the floor (raw BullMQ `addBulk` of exactly the same
 *    jobs, ids and delays in chunks of 1,000 into a fresh prefix). A second reconcile over the
 *    same deadlines shows what a pass that only finds existing ids costs. Redis memory is the
 *    `used_memory` delta of each pass.
 * 2. Delivery: 1,000 deadlines due today in Europe/Stockholm with REMINDER_OFFSETS_DAYS=0 and
 *    REMINDER_SEND_TIME the next whole minute; the real WorkerModule in this process sends them
 *    over SMTP to an in-process sink. Lateness is mail_log.sent_at minus the planned instant.
 *
 * Prints a summary and writes tools/bench/results/reminders.json. The database and every Redis
 * key under this run's prefix are removed at the end, also when it fails or is interrupted.
 *
 * Run: npm run bench:reminders   (needs PostgreSQL and Redis as for the tests)
 */
import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { Queue, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { reminderFirings, zonedDay, zonedWallTime } from '@gp/domain';
import {
  defaultJobOptions,
  loadAppConfig,
  PasswordHasher,
  QueueName,
  redisOptionsFromUrl,
  type AppConfig,
} from '@gp/api/core';
import { dataSourceOptions, runMigrations } from '@gp/api/data';
import { loadDemoDataOnce } from '@gp/api/demo';
import {
  ReminderQueue,
  type ReminderJobData,
  type ReminderJobName,
  type RemindersQueue,
} from '@gp/api/deadline-sync';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark runs the real worker module, as the integration tests do
import { WorkerModule } from '../../apps/worker/src/app/worker.module';
import { RemindersReconciler } from '@gp/api/reminders';

/** BENCH_DEADLINES=2000 makes a quick check of the benchmark itself; the figures are at 100,000. */
const DEADLINES = Number(process.env['BENCH_DEADLINES'] ?? 100_000);
const DUE_WITHIN_DAYS = 60;
const SCHEDULING_PROJECTS = 4;
const CHUNK = 1000;
const DELIVERY_DEADLINES = 1000;
const TIME_ZONE = 'Europe/Stockholm';
const MIN_LEAD_MS = 40_000;
const DELIVERY_TIMEOUT_MS = 180_000;

const adminUrl = process.env['TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const round = (value: number, digits = 1) => +value.toFixed(digits);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const say = (line: string) => process.stdout.write(`${line}\n`);
const fmt = (n: number) => n.toLocaleString('en-US');

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/^used_memory:(\d+)/m.exec(info)?.[1]);
}

/** Deletes the keys matching `pattern` (this run's prefix only: the Redis may be shared). */
async function deleteKeys(redis: Redis, pattern: string): Promise<number> {
  let deleted = 0;
  // A second sweep confirms nothing was left behind by keys written during the first.
  for (let sweep = 0; sweep < 2; sweep++) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 5000);
      cursor = next;
      // DEL, not UNLINK: memory is measured right after, and lazy freeing would blur it.
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  }
  return deleted;
}

interface Pass {
  ms: number;
  jobs: number;
  jobsPerSecond: number;
  redisMemoryDeltaBytes: number;
}

const pass = (ms: number, jobs: number, memoryDelta: number): Pass => ({
  ms: round(ms),
  jobs,
  jobsPerSecond: Math.round(jobs / (ms / 1000)),
  redisMemoryDeltaBytes: memoryDelta,
});

type Stats = { min: number; p50: number; p99: number; max: number };
type Jobs = ReturnType<ReminderQueue['jobsFor']>;

/**
 * Times the parts of one reconcile pass from inside, without changing the code under test: the
 * instances' `jobsFor` and `addBulk` are wrapped for the pass (instance properties shadowing the
 * prototype's), and a 10 ms heartbeat records the longest stretch the event loop was blocked.
 */
function instrument(reminders: ReminderQueue, queue: RemindersQueue, capture?: Jobs) {
  const timing = {
    started: performance.now(),
    firstJobsFor: NaN,
    computeMs: 0,
    addBulkMs: 0,
    addBulkCalls: 0,
    longestBlockMs: 0,
  };
  const jobsFor = reminders.jobsFor.bind(reminders);
  const addBulk = queue.addBulk.bind(queue);
  Object.assign(reminders, {
    jobsFor: (...args: Parameters<ReminderQueue['jobsFor']>) => {
      const t = performance.now();
      if (Number.isNaN(timing.firstJobsFor)) timing.firstJobsFor = t;
      const jobs = jobsFor(...args);
      timing.computeMs += performance.now() - t;
      return jobs;
    },
  });
  Object.assign(queue, {
    addBulk: async (jobs: Jobs) => {
      capture?.push(...jobs);
      const t = performance.now();
      try {
        return await addBulk(jobs);
      } finally {
        timing.addBulkMs += performance.now() - t;
        timing.addBulkCalls++;
      }
    },
  });
  let tick = performance.now();
  const heartbeat = setInterval(() => {
    const now = performance.now();
    timing.longestBlockMs = Math.max(timing.longestBlockMs, now - tick);
    tick = now;
  }, 10);
  return () => {
    clearInterval(heartbeat);
    delete (reminders as Partial<ReminderQueue>).jobsFor;
    delete (queue as Partial<RemindersQueue>).addBulk;
    return {
      readMs: round(timing.firstJobsFor - timing.started),
      computeMs: round(timing.computeMs),
      addBulkMs: round(timing.addBulkMs),
      addBulkCalls: timing.addBulkCalls,
      longestEventLoopBlockMs: round(timing.longestBlockMs),
    };
  };
}

/** An SMTP server in this process that only records each message's Message-ID and arrival. */
class SmtpSink {
  readonly received: Array<{ messageId: string; at: number }> = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The sink is not what is measured: no reverse DNS look-up per connection.
    disableReverseLookup: true,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const header = raw.slice(0, raw.indexOf('\r\n\r\n') >>> 0);
        const messageId = /^message-id:[ \t]*(\S+)/im.exec(header)?.[1] ?? '(none)';
        this.received.push({ messageId, at: Date.now() });
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const database = `gp_bench_${Date.now().toString(36)}`;
  const schedulingPrefix = `${database}_sched`;
  const floorPrefix = `${database}_floor`;
  const deliveryPrefix = `${database}_live`;
  // Everything this run writes to Redis starts with `${database}_`.
  const ownKeys = `${database}_*`;

  const cleanups: Array<[string, () => Promise<unknown>]> = [];
  let cleanedUp: Promise<void> | undefined;
  const cleanUp = () =>
    (cleanedUp ??= (async () => {
      for (const [what, work] of cleanups.reverse()) {
        try {
          await work();
        } catch (error) {
          process.stderr.write(`cleanup (${what}) failed: ${(error as Error).message}\n`);
        }
      }
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      process.stderr.write(`${signal}: cleaning up\n`);
      void cleanUp().then(() => process.exit(130));
    });
  // An error outside main's own flow (a closed stdout, a stray rejection) must not leave the database behind.
  for (const event of ['uncaughtException', 'unhandledRejection'] as const)
    process.once(event, (error: unknown) => {
      process.stderr.write(
        `${event}: ${error instanceof Error ? error.stack : String(error)}; cleaning up\n`,
      );
      void cleanUp().then(() => process.exit(1));
    });

  Logger.overrideLogger(['error', 'warn']);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  cleanups.push(['redis client', () => redis.quit()]);
  cleanups.push([
    'redis keys',
    async () => {
      const cleaner = new Redis(redisUrl);
      try {
        await deleteKeys(cleaner, ownKeys);
      } finally {
        await cleaner.quit();
      }
    },
  ]);
  cleanups.push([
    'database',
    async () => {
      // A closed pool's connections take a moment to go; FORCE would cut them mid-goodbye (a warning).
      for (let wait = 0; wait < 20; wait++) {
        const { rows } = await admin.query(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [database],
        );
        if (rows[0].n === 0) break;
        await sleep(100);
      }
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    },
  ]);
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const env = {
    DATABASE_URL: url.toString(),
    REDIS_URL: redisUrl,
    SESSION_SECRET: 'benchmark-secret-benchmark-secret-1',
    TZ: TIME_ZONE,
    LOG_LEVEL: 'error',
  } as const;

  try {
    const dataSource = await new DataSource(dataSourceOptions(loadAppConfig(env))).initialize();
    cleanups.push(['data source', () => dataSource.destroy()]);
    await runMigrations(dataSource);
    const hasher = new PasswordHasher();
    await loadDemoDataOnce(dataSource, (plain) => hasher.hash(plain), new Date(), TIME_ZONE);
    // Projects whose lead and coordinator are two active demo people: each reminder has two recipients.
    const staffed: Array<{ id: string }> = await dataSource.query(
      `SELECT p.id FROM project p
         JOIN user_account lead ON lead.id = p.project_lead_id AND lead.active
         JOIN user_account coordinator ON coordinator.id = p.coordinator_id AND coordinator.active
       WHERE lead.id <> coordinator.id ORDER BY p.title LIMIT ${SCHEDULING_PROJECTS}`,
    );
    if (staffed.length === 0) throw new Error('No demo project has both a project lead and a coordinator');
    const projectIds = staffed.map((p) => p.id);

    // ---------------------------------------------------------------- 1. scheduling
    // Only the benchmark's deadlines: the demo's own would add a few hundred jobs to the count.
    await dataSource.query('TRUNCATE deadline CASCADE');
    const today = zonedDay(new Date(), TIME_ZONE);
    let t = performance.now();
    await dataSource.query(
      `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
       SELECT ($1::uuid[])[1 + i % cardinality($1::uuid[])], 'checklist_item', 'bench-' || i,
              'Benchmarkfrist ' || i, $2::date + 1 + i % ${DUE_WITHIN_DAYS}, 'open'
       FROM generate_series(0, ${DEADLINES - 1}) AS i`,
      [projectIds, today],
    );
    await dataSource.query('ANALYZE deadline');
    const insertMs = performance.now() - t;

    const schedulingConfig = loadAppConfig({ ...env, QUEUE_PREFIX: schedulingPrefix });
    // Compiled, not initialised: the pieces exactly as the worker wires them, but no BullMQ worker
    // runs and no start-up reconcile job races the timed passes.
    const scheduling = await Test.createTestingModule({
      imports: [WorkerModule.register(schedulingConfig)],
    }).compile();
    cleanups.push(['scheduling module', () => scheduling.close()]);
    const reconciler = scheduling.get(RemindersReconciler);
    const reminders = scheduling.get(ReminderQueue);
    const reminderQueue = scheduling.get<RemindersQueue>(getQueueToken(QueueName.Reminders));
    await reminderQueue.waitUntilReady();
    await reminderQueue.getJobCounts(); // loads the connection and scripts

    const now = new Date();
    const jobs: Jobs = [];
    let memory = await usedMemory(redis);
    let finish = instrument(reminders, reminderQueue, jobs);
    t = performance.now();
    const offered = await reconciler.reconcile(now);
    const reconcileMs = performance.now() - t;
    const breakdown = finish();
    let memoryAfter = await usedMemory(redis);
    const reconcile = pass(reconcileMs, offered, memoryAfter - memory);
    const delayedAfterFirst = await reminderQueue.getDelayedCount();
    if (jobs.length !== offered)
      throw new Error(`Reconciler offered ${offered} jobs, ${jobs.length} captured`);

    // When Redis will fire a job (BullMQ counts its delay from when it arrived) against the
    // reminder's own instant.
    const drift = async (index: number) => {
      const job = await reminderQueue.getJob(jobs[index].opts.jobId);
      const { dueOn, offsetDays } = jobs[index].data;
      const planned = reminderFirings(
        dueOn,
        [offsetDays],
        schedulingConfig.timeZone,
        schedulingConfig.reminderSendTime,
      )[0].at.getTime();
      return job ? job.timestamp + job.delay - planned : NaN;
    };
    const driftMs = { firstJob: await drift(0), lastJob: await drift(jobs.length - 1) };

    memory = await usedMemory(redis);
    finish = instrument(reminders, reminderQueue);
    t = performance.now();
    const offeredAgain = await reconciler.reconcile(new Date());
    const reconcileAgainMs = performance.now() - t;
    const breakdownAgain = finish();
    memoryAfter = await usedMemory(redis);
    const reconcileAgain = pass(reconcileAgainMs, offeredAgain, memoryAfter - memory);
    const delayedAfterSecond = await reminderQueue.getDelayedCount();
    await scheduling.close();
    cleanups.pop();
    await deleteKeys(redis, `${schedulingPrefix}:*`);

    const floorQueue = new Queue<ReminderJobData, string, ReminderJobName>(QueueName.Reminders, {
      connection: redisOptionsFromUrl(redisUrl),
      prefix: floorPrefix,
      // The same stored options as the worker's queue, so the floor differs only in overhead.
      defaultJobOptions,
    });
    cleanups.push(['floor queue', () => floorQueue.close()]);
    await floorQueue.waitUntilReady();
    await floorQueue.getJobCounts();
    const addAll = async () => {
      for (let i = 0; i < jobs.length; i += CHUNK) await floorQueue.addBulk(jobs.slice(i, i + CHUNK));
    };
    memory = await usedMemory(redis);
    t = performance.now();
    await addAll();
    const floorMs = performance.now() - t;
    memoryAfter = await usedMemory(redis);
    const floor = pass(floorMs, jobs.length, memoryAfter - memory);
    memory = memoryAfter;
    t = performance.now();
    await addAll();
    const floorAgainMs = performance.now() - t;
    const floorAgain = pass(floorAgainMs, jobs.length, (await usedMemory(redis)) - memory);
    const floorDelayed = await floorQueue.getDelayedCount();
    await floorQueue.close();
    cleanups.pop();
    await deleteKeys(redis, `${floorPrefix}:*`);

    const schedulingResult = {
      deadlines: DEADLINES,
      dueWithinDays: DUE_WITHIN_DAYS,
      offsetsDays: schedulingConfig.reminderOffsetsDays,
      jobs: jobs.length,
      insertDeadlinesMs: round(insertMs),
      reconcile,
      reconcileBreakdown: {
        ...breakdown,
        computeUsPerDeadline: round((breakdown.computeMs * 1000) / DEADLINES),
      },
      reconcileAgain,
      reconcileAgainBreakdown: {
        ...breakdownAgain,
        computeUsPerDeadline: round((breakdownAgain.computeMs * 1000) / DEADLINES),
      },
      floorAddBulk: floor,
      floorAddBulkAgain: floorAgain,
      ratio: { first: round(reconcileMs / floorMs, 2), again: round(reconcileAgainMs / floorAgainMs, 2) },
      delayedJobs: { afterFirst: delayedAfterFirst, afterSecond: delayedAfterSecond, floor: floorDelayed },
      redisMemory: {
        reconcileMBPer100kDeadlines: round(
          ((reconcile.redisMemoryDeltaBytes / DEADLINES) * 100_000) / 2 ** 20,
        ),
        floorMBPer100kDeadlines: round(((floor.redisMemoryDeltaBytes / DEADLINES) * 100_000) / 2 ** 20),
        bytesPerJob: Math.round(reconcile.redisMemoryDeltaBytes / jobs.length),
      },
      plannedVsScheduledDriftMs: driftMs,
    };
    say(
      `1. Scheduling ${fmt(DEADLINES)} open deadlines (offsets ${schedulingResult.offsetsDays.join(',')}, due within ${DUE_WITHIN_DAYS} days): ${fmt(jobs.length)} reminder jobs\n` +
        `  reconcile()              ${fmt(reconcile.ms)} ms   ${fmt(reconcile.jobsPerSecond)} jobs/s\n` +
        `    of which               read ${fmt(breakdown.readMs)} ms, jobsFor ${fmt(breakdown.computeMs)} ms ` +
        `(${schedulingResult.reconcileBreakdown.computeUsPerDeadline} µs/deadline), addBulk ×${breakdown.addBulkCalls} ${fmt(breakdown.addBulkMs)} ms; ` +
        `event loop blocked up to ${fmt(breakdown.longestEventLoopBlockMs)} ms\n` +
        `  addBulk floor            ${fmt(floor.ms)} ms   ${fmt(floor.jobsPerSecond)} jobs/s\n` +
        `  ratio                    ${schedulingResult.ratio.first}×\n` +
        `  reconcile() again        ${fmt(reconcileAgain.ms)} ms   ${fmt(reconcileAgain.jobsPerSecond)} jobs/s   (delayed jobs ${fmt(delayedAfterFirst)} → ${fmt(delayedAfterSecond)})\n` +
        `    of which               read ${fmt(breakdownAgain.readMs)} ms, jobsFor ${fmt(breakdownAgain.computeMs)} ms, addBulk ×${breakdownAgain.addBulkCalls} ${fmt(breakdownAgain.addBulkMs)} ms\n` +
        `  addBulk floor again      ${fmt(floorAgain.ms)} ms   ${fmt(floorAgain.jobsPerSecond)} jobs/s   ratio ${schedulingResult.ratio.again}×\n` +
        `  Redis memory             ${schedulingResult.redisMemory.reconcileMBPer100kDeadlines} MB per 100k deadlines ` +
        `(${fmt(schedulingResult.redisMemory.bytesPerJob)} B/job; floor ${schedulingResult.redisMemory.floorMBPer100kDeadlines} MB; second pass +${fmt(Math.round(reconcileAgain.redisMemoryDeltaBytes / 1024))} KiB)\n` +
        `  fire time drift          first job +${fmt(driftMs.firstJob)} ms, last job +${fmt(driftMs.lastJob)} ms later than planned`,
    );

    // ---------------------------------------------------------------- 2. delivery
    await dataSource.query('TRUNCATE deadline CASCADE');
    const sink = new SmtpSink();
    const smtpUrl = await sink.start();
    cleanups.push(['smtp sink', () => sink.stop()]);
    const recipients = 2;

    const plannedAt = new Date(Math.ceil((Date.now() + MIN_LEAD_MS) / 60_000) * 60_000);
    const wall = zonedWallTime(plannedAt, TIME_ZONE);
    const dueOn = wall.slice(0, 10);
    const sendTime = wall.slice(11, 16);
    const [firing] = reminderFirings(dueOn, [0], TIME_ZONE, sendTime);
    if (firing.at.getTime() !== plannedAt.getTime())
      throw new Error(`${wall} ${TIME_ZONE} is not ${plannedAt.toISOString()}`);
    await dataSource.query(
      `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
       SELECT $1, 'checklist_item', 'live-' || i, 'Leveransfrist ' || i, $2::date, 'open'
       FROM generate_series(0, ${DELIVERY_DEADLINES - 1}) AS i`,
      [projectIds[0], dueOn],
    );

    const deliveryConfig: AppConfig = loadAppConfig({
      ...env,
      QUEUE_PREFIX: deliveryPrefix,
      SMTP_URL: smtpUrl,
      REMINDER_OFFSETS_DAYS: '0',
      REMINDER_SEND_TIME: sendTime,
    });
    const worker: TestingModule = await Test.createTestingModule({
      imports: [WorkerModule.register(deliveryConfig)],
    }).compile();
    cleanups.push(['worker', () => worker.close()]);
    await worker.init();
    t = performance.now();
    const scheduled = await worker.get(RemindersReconciler).reconcile();
    const scheduleMs = performance.now() - t;
    const leadMs = plannedAt.getTime() - Date.now();
    if (scheduled !== DELIVERY_DEADLINES || leadMs <= 0)
      throw new Error(`Scheduled ${scheduled} reminder jobs, ${leadMs} ms before they are due`);
    say(
      `\n2. Delivery: ${fmt(DELIVERY_DEADLINES)} deadlines due ${dueOn}, reminders at ${sendTime} ${TIME_ZONE} (${plannedAt.toISOString()}); ` +
        `scheduled in ${round(scheduleMs)} ms, ${Math.round(leadMs / 1000)} s ahead; waiting…`,
    );

    const expected = DELIVERY_DEADLINES * recipients;
    const giveUpAt = plannedAt.getTime() + DELIVERY_TIMEOUT_MS;
    const sentCount = async () =>
      Number((await dataSource.query(`SELECT count(*) FROM mail_log WHERE status = 'sent'`))[0].count);
    while ((await sentCount()) < expected || sink.received.length < expected) {
      if (Date.now() > giveUpAt) break;
      await sleep(250);
    }
    // Anything sent twice would arrive now.
    await sleep(3000);
    const rows: Array<{ deadline_id: string; message_id: string; status: string; sent_ms: string | null }> =
      await dataSource.query(
        `SELECT n.deadline_id, n.message_id, m.status, (extract(epoch FROM m.sent_at) * 1000)::float8 AS sent_ms
         FROM notification n LEFT JOIN mail_log m ON m.message_id = n.message_id`,
      );
    const sent = rows.filter((row) => row.status === 'sent' && row.sent_ms !== null);
    const lateness = sent.map((row) => Number(row.sent_ms) - plannedAt.getTime());
    const sinkIds = sink.received.map((mail) => mail.messageId);
    const duplicateMessageIds = sinkIds.length - new Set(sinkIds).size;
    const smtpLateness = sink.received.map((mail) => mail.at - plannedAt.getTime());
    const liveQueue = worker.get<RemindersQueue>(getQueueToken(QueueName.Reminders));
    const remindJobs = (await liveQueue.getJobs(['completed', 'failed'], 0, -1)).filter(
      (job: Job) => job.name === 'remind',
    );
    const jobStartLateness = remindJobs.map((job) => (job.processedOn ?? NaN) - plannedAt.getTime());
    const jobEndLateness = remindJobs.map((job) => (job.finishedOn ?? NaN) - plannedAt.getTime());
    // The sends only: the outbox sweep's scheduled job waits its minute by design.
    const mailJobs = (
      await worker.get<Queue>(getQueueToken(QueueName.Mail)).getJobs(['completed', 'failed'], 0, -1)
    ).filter((job) => job.name === 'send');
    const mailWaited = mailJobs.map((job) => (job.processedOn ?? NaN) - job.timestamp);
    const mailTook = mailJobs.map((job) => (job.finishedOn ?? NaN) - (job.processedOn ?? NaN));
    const distinctDeadlines = new Set(sent.map((row) => row.deadline_id)).size;
    await worker.close();
    cleanups.pop();

    const stats = (values: number[]): Stats =>
      values.length === 0
        ? { min: NaN, p50: NaN, p99: NaN, max: NaN }
        : {
            min: round(Math.min(...values)),
            p50: round(percentile(values, 50)),
            p99: round(percentile(values, 99)),
            max: round(Math.max(...values)),
          };
    const deliveryResult = {
      deadlines: DELIVERY_DEADLINES,
      recipientsPerReminder: recipients,
      timeZone: TIME_ZONE,
      dueOn,
      sendTime,
      plannedAt: plannedAt.toISOString(),
      scheduleMs: round(scheduleMs),
      scheduledAheadMs: leadMs,
      expected,
      notificationRows: rows.length,
      sent: sent.length,
      deadlinesReached: distinctDeadlines,
      smtpReceived: sink.received.length,
      duplicateMessageIds,
      remindJobsFinished: remindJobs.length,
      latenessMs: stats(lateness),
      smtpArrivalLatenessMs: stats(smtpLateness),
      remindJobStartLatenessMs: stats(jobStartLateness),
      remindJobFinishLatenessMs: stats(jobEndLateness),
      mailJobsFinished: mailJobs.length,
      mailJobQueuedMs: stats(mailWaited),
      mailJobSendMs: stats(mailTook),
    };
    const ok =
      sent.length === expected &&
      rows.length === expected &&
      distinctDeadlines === DELIVERY_DEADLINES &&
      sink.received.length === expected &&
      duplicateMessageIds === 0;
    const stages: Array<[string, Stats]> = [
      ['lateness (sent_at)      ', deliveryResult.latenessMs],
      ['SMTP sink arrival       ', deliveryResult.smtpArrivalLatenessMs],
      ['remind job started late ', deliveryResult.remindJobStartLatenessMs],
      ['remind job finished late', deliveryResult.remindJobFinishLatenessMs],
      ['mail job queued for     ', deliveryResult.mailJobQueuedMs],
      ['mail job took           ', deliveryResult.mailJobSendMs],
    ];
    say(
      `  sent                     ${fmt(sent.length)} of ${fmt(expected)} (${recipients} recipients × ${fmt(DELIVERY_DEADLINES)}), ` +
        `SMTP sink received ${fmt(sink.received.length)}, duplicate Message-IDs ${duplicateMessageIds}${ok ? '' : '   ✗ NOT AS EXPECTED'}\n` +
        stages
          .map(
            ([label, s]) =>
              `  ${label} min ${fmt(s.min)} ms   p50 ${fmt(s.p50)} ms   p99 ${fmt(s.p99)} ms   max ${fmt(s.max)} ms`,
          )
          .join('\n'),
    );

    const result = {
      measuredAt: new Date().toISOString(),
      scheduling: schedulingResult,
      delivery: { ...deliveryResult, ok },
      runtimeSeconds: round((performance.now() - started) / 1000),
      machine: `${process.platform} ${process.arch}, node ${process.version}`,
    };
    writeFileSync(join(__dirname, 'results/reminders.json'), `${JSON.stringify(result, null, 2)}\n`);
    say(`\nRuntime ${result.runtimeSeconds} s; written to tools/bench/results/reminders.json`);
    if (!ok) throw new Error(`Delivery not exactly once: ${JSON.stringify({ ...deliveryResult })}`);
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
