/**
 * Reminder scheduling and delivery, each beside its floor from the same run, in a fresh database
 * and under this run's own queue prefixes:
 *
 * 1. Redis and the reconcile: 100,000 open deadlines spread over a year. One reconcile (as the
 *    worker runs it every 15 minutes) is timed and its Redis commands and memory counted, beside the
 *    floor of the same SQL through `pg`. Redis bytes per deadline are set beside what the earlier
 *    design (one delayed job per reminder until it fires) holds for the same deadlines, measured by
 *    raw BullMQ `addBulk` of those jobs for a sample and scaled.
 * 2. Lateness: 1,000 deadlines due in the same minute, created through the API (checklist items,
 *    two recipients each: the project lead and the coordinator), REMINDER_OFFSETS_DAYS=0 and
 *    REMINDER_SEND_TIME that minute (the worker claims them REMINDERS_PREPARED_AHEAD_MS before it and
 *    releases the emails at it); the real api in this process, the built worker as a process of
 *    its own (as in production), sending over SMTP to a sink in this process. Lateness is the
 *    arrival at the sink minus the planned instant, beside two floors: raw BullMQ (a delayed job at the same instant, how late a worker takes it) and raw
 *    nodemailer (the same 2,000 emails through a pool of as many connections as the worker keeps,
 *    SMTP_CONNECTIONS, to the same sink).
 *
 * Prints a summary and writes tools/bench/results/reminders.json. The database and every Redis
 * key under this run's prefix are removed at the end, also when it fails or is interrupted.
 *
 * Run: npm run bench:reminders   (needs PostgreSQL and Redis as for the tests, and the built worker:
 *      npx nx build worker)
 */
import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import { Logger, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { reminderFirings, REMINDERS_PREPARED_AHEAD_MS, zonedDay, zonedWallTime } from '@gp/domain';
import { loadAppConfig, PasswordHasher, QueueName, redisOptionsFromUrl, type AppConfig } from '@gp/api/core';
import { dataSourceOptions, runMigrations } from '@gp/api/data';
import { loadDemoDataOnce } from '@gp/api/demo';
import { ReminderRules, type RemindersQueue } from '@gp/api/deadline-sync';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp } from '../../apps/api/src/app/configure-app';
import { FetchClient, runNode, waitForOutput } from '../../apps/api/test/support/processes';
import { WorkerModule } from '../../apps/worker/src/app/worker.module';
import { deadlinesFiringBetween, RemindersReconciler } from '@gp/api/reminders';
import { SMTP_CONNECTIONS } from '@gp/api/mail-log';

/** BENCH_DEADLINES=2000 makes a quick check of the benchmark itself; the figures are at 100,000. */
const DEADLINES = Number(process.env['BENCH_DEADLINES'] ?? 100_000);
const DUE_WITHIN_DAYS = 365;
/** The earlier design's jobs are measured for this many deadlines and scaled. */
const EARLIER_SAMPLE = Math.min(DEADLINES, 10_000);
const SCHEDULING_PROJECTS = 4;
const CHUNK = 1000;
const DELIVERY_DEADLINES = Number(process.env['BENCH_DELIVERY_DEADLINES'] ?? 1000);
const TIME_ZONE = 'Europe/Stockholm';
const MIN_LEAD_MS = 75_000;
const DELIVERY_TIMEOUT_MS = 180_000;
const DELIVERY_REPEATS = Number(process.env['BENCH_REPEATS'] ?? 2);

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

interface Stats {
  min: number;
  p50: number;
  p99: number;
  max: number;
}

const stats = (values: number[]): Stats =>
  values.length === 0
    ? { min: NaN, p50: NaN, p99: NaN, max: NaN }
    : {
        min: round(Math.min(...values)),
        p50: round(percentile(values, 50)),
        p99: round(percentile(values, 99)),
        max: round(Math.max(...values)),
      };

const line = (label: string, s: Stats) =>
  `  ${label.padEnd(34)} p50 ${fmt(s.p50)} ms   p99 ${fmt(s.p99)} ms   (min ${fmt(s.min)}, max ${fmt(s.max)})`;

/** Commands Redis has processed; the machine's Redis may serve others, so the run notes its load. */
async function commandsProcessed(redis: Redis): Promise<number> {
  const info = await redis.info('stats');
  return Number(/^total_commands_processed:(\d+)/m.exec(info)?.[1]);
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
  const loadBefore = loadavg().map((value) => round(value, 2));
  const database = `gp_bench_${Date.now().toString(36)}`;
  const schedulingPrefix = `${database}_sched`;
  const earlierPrefix = `${database}_earlier`;
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
    await loadDemoDataOnce(dataSource, (plain) => hasher.hash(plain), new Date(), {
      timeZone: TIME_ZONE,
      country: 'SE',
    });
    // Applications whose lead and coordinator are two active demo people: each reminder has two
    // recipients, and a dated checklist item is a deadline while the project applies.
    const staffed: Array<{ id: string }> = await dataSource.query(
      `SELECT p.id FROM project p
         JOIN user_account lead ON lead.id = p.project_lead_id AND lead.active
         JOIN user_account coordinator ON coordinator.id = p.coordinator_id AND coordinator.active
       WHERE lead.id <> coordinator.id AND p.stage = 'application' ORDER BY p.title LIMIT ${SCHEDULING_PROJECTS}`,
    );
    if (staffed.length === 0)
      throw new Error('No demo application has both a project lead and a coordinator');
    const projectIds = staffed.map((p) => p.id);

    // ---------------------------------------------------------------- 1. Redis and the reconcile
    await dataSource.query('TRUNCATE deadline CASCADE');
    const today = zonedDay(new Date(), TIME_ZONE);
    await dataSource.query(
      `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status)
       SELECT ($1::uuid[])[1 + i % cardinality($1::uuid[])], 'checklist_item', 'bench-' || i,
              'Benchmarkfrist ' || i, $2::date + 1 + i % ${DUE_WITHIN_DAYS}, 'open'
       FROM generate_series(0, ${DEADLINES - 1}) AS i`,
      [projectIds, today],
    );
    await dataSource.query('ANALYZE deadline');

    const schedulingConfig = loadAppConfig({ ...env, QUEUE_PREFIX: schedulingPrefix });
    // Compiled, not initialised: the pieces exactly as the worker wires them, but no BullMQ worker
    // runs and no start-up reconcile job races the timed passes.
    const scheduling = await Test.createTestingModule({
      imports: [WorkerModule.register(schedulingConfig)],
    }).compile();
    cleanups.push(['scheduling module', () => scheduling.close()]);
    const reconciler = scheduling.get(RemindersReconciler);
    const reminderQueue = scheduling.get<RemindersQueue>(getQueueToken(QueueName.Reminders));
    await reminderQueue.waitUntilReady();
    await reminderQueue.getJobCounts(); // loads the connection and scripts

    // The floor: the reconcile's SQL, the same text and parameters, straight through `pg`.
    const pg = new Client({ connectionString: env.DATABASE_URL });
    await pg.connect();
    cleanups.push(['pg client', () => pg.end()]);
    const viaPg = { query: async (sql: string, params?: unknown[]) => (await pg.query(sql, params)).rows };
    const rules = scheduling.get(ReminderRules);
    const reconcileRuns: Array<{ ms: number; commands: number; memoryDeltaBytes: number; instants: number }> =
      [];
    const floorRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      const now = new Date();
      const memory = await usedMemory(redis);
      const commands = await commandsProcessed(redis);
      let t = performance.now();
      const result = await reconciler.reconcile(now);
      const ms = performance.now() - t;
      // Less the two INFO calls of this measurement.
      const used = (await commandsProcessed(redis)) - commands - 1;
      reconcileRuns.push({
        ms: round(ms),
        commands: used,
        memoryDeltaBytes: (await usedMemory(redis)) - memory,
        instants: result.instants,
      });
      const plan = await rules.plan();
      const horizonEnd = new Date(now.getTime() + schedulingConfig.reminderHorizonHours * 3_600_000);
      const since = new Date(now.getTime() - 12 * 3_600_000);
      t = performance.now();
      // The window's deadlines and the catch-up's, as the reconcile reads them.
      await deadlinesFiringBetween(viaPg as never, plan, since, horizonEnd, TIME_ZONE);
      await deadlinesFiringBetween(viaPg as never, plan, since, now, TIME_ZONE);
      floorRuns.push(round(performance.now() - t));
    }
    const delayedJobs = await reminderQueue.getDelayedCount();
    const redisBytesPerDeadline = reconcileRuns[0].memoryDeltaBytes / DEADLINES;
    const earlierPlan = await rules.plan();
    await pg.end();
    cleanups.pop();
    await scheduling.close();
    cleanups.pop();
    await deleteKeys(redis, `${schedulingPrefix}:*`);

    // The earlier design, for the same deadlines: one delayed job per reminder until it fires, all
    // of them offered again by every reconcile. Measured on a sample and scaled.
    const sample: Array<{ id: string; due_on: string }> = await dataSource.query(
      `SELECT id, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM deadline ORDER BY source_key LIMIT ${EARLIER_SAMPLE}`,
    );
    const now = Date.now();
    const earlierJobs = sample.flatMap((deadline) =>
      earlierPlan
        .firingsOf({ kind: 'checklist_item', dueOn: deadline.due_on })
        .filter((firing) => firing.at.getTime() > now)
        .map((firing) => ({
          name: 'remind',
          data: { deadlineId: deadline.id, offsetDays: firing.offsetDays, dueOn: deadline.due_on },
          opts: {
            jobId: `reminder_${deadline.id}_${firing.offsetDays}_${deadline.due_on}`,
            delay: firing.at.getTime() - now,
            attempts: 8,
            backoff: { type: 'exponential', delay: 10_000 },
            removeOnComplete: { age: 24 * 3600, count: 10_000 },
            removeOnFail: { age: 30 * 24 * 3600 },
          },
        })),
    );
    const earlierQueue = new Queue(QueueName.Reminders, {
      connection: redisOptionsFromUrl(redisUrl),
      prefix: earlierPrefix,
    });
    cleanups.push(['earlier queue', () => earlierQueue.close()]);
    await earlierQueue.waitUntilReady();
    await earlierQueue.getJobCounts();
    const memory = await usedMemory(redis);
    for (let i = 0; i < earlierJobs.length; i += CHUNK)
      await earlierQueue.addBulk(earlierJobs.slice(i, i + CHUNK));
    const earlierBytes = (await usedMemory(redis)) - memory;
    const commands = await commandsProcessed(redis);
    for (let i = 0; i < earlierJobs.length; i += CHUNK)
      await earlierQueue.addBulk(earlierJobs.slice(i, i + CHUNK));
    const earlierReconcileCommands = (await commandsProcessed(redis)) - commands - 1;
    await earlierQueue.close();
    cleanups.pop();
    await deleteKeys(redis, `${earlierPrefix}:*`);
    const scale = DEADLINES / sample.length;

    const schedulingResult = {
      deadlines: DEADLINES,
      dueWithinDays: DUE_WITHIN_DAYS,
      horizonHours: schedulingConfig.reminderHorizonHours,
      offsetsDays: schedulingConfig.reminderOffsetsDays,
      delayedJobsInRedis: delayedJobs,
      reconcile: reconcileRuns,
      floorSameSqlThroughPgMs: floorRuns,
      ratioToFloor: reconcileRuns.map((run, i) => round(run.ms / Math.max(floorRuns[i], 0.1), 2)),
      redis: {
        bytesPerDeadline: round(redisBytesPerDeadline, 2),
        mbPer100kDeadlines: round((redisBytesPerDeadline * 100_000) / 2 ** 20, 2),
        goalMbPer100kDeadlines: 60,
        earlierDesignBytesPerDeadline: round(earlierBytes / sample.length),
        earlierDesignMbPer100kDeadlines: round(((earlierBytes / sample.length) * 100_000) / 2 ** 20),
        earlierDesignJobs: Math.round(earlierJobs.length * scale),
        earlierDesignReconcileCommands: Math.round(earlierReconcileCommands * scale),
      },
    };
    say(
      `1. ${fmt(DEADLINES)} open deadlines over ${DUE_WITHIN_DAYS} days, offsets ${schedulingResult.offsetsDays.join(',')}, horizon ${schedulingResult.horizonHours} h\n` +
        `  Redis                      ${schedulingResult.redis.bytesPerDeadline} B per deadline = ${schedulingResult.redis.mbPer100kDeadlines} MB per 100k (goal ≤ 60 MB); ${fmt(delayedJobs)} delayed job(s)\n` +
        `  earlier design             ${fmt(schedulingResult.redis.earlierDesignBytesPerDeadline)} B per deadline = ${fmt(schedulingResult.redis.earlierDesignMbPer100kDeadlines)} MB per 100k, ${fmt(schedulingResult.redis.earlierDesignJobs)} jobs\n` +
        reconcileRuns
          .map(
            (run, i) =>
              `  reconcile #${i + 1}                ${fmt(run.ms)} ms, ${fmt(run.commands)} Redis commands, ${run.instants} instant(s); ` +
              `floor (same SQL via pg) ${fmt(floorRuns[i])} ms; ratio ${schedulingResult.ratioToFloor[i]}×`,
          )
          .join('\n') +
        `\n  earlier design reconcile   ${fmt(schedulingResult.redis.earlierDesignReconcileCommands)} Redis commands`,
    );

    // ---------------------------------------------------------------- 2. lateness
    await dataSource.query('TRUNCATE deadline CASCADE');
    const sink = new SmtpSink();
    const smtpUrl = await sink.start();
    cleanups.push(['smtp sink', () => sink.stop()]);
    const deliveries: unknown[] = [];
    let allOk = true;
    for (let repeat = 1; repeat <= DELIVERY_REPEATS; repeat++) {
      const delivery = await deliver(
        dataSource,
        sink,
        smtpUrl,
        `${database}_live${repeat}`,
        `${database}_floor${repeat}`,
        staffed[0].id,
        env,
      );
      deliveries.push(delivery);
      allOk &&= delivery.ok;
    }

    const result = {
      measuredAt: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, node ${process.version}`,
      loadAverage: { before: loadBefore, after: loadavg().map((value) => round(value, 2)) },
      scheduling: schedulingResult,
      delivery: deliveries,
      runtimeSeconds: round((performance.now() - started) / 1000),
    };
    writeFileSync(join(__dirname, 'results/reminders.json'), `${JSON.stringify(result, null, 2)}\n`);
    say(
      `\nLoad average ${result.loadAverage.before.join(' ')} → ${result.loadAverage.after.join(' ')}; runtime ${result.runtimeSeconds} s; written to tools/bench/results/reminders.json`,
    );
    if (!allOk) throw new Error('Delivery not exactly once');
  } finally {
    await cleanUp();
  }
}

/**
 * 1,000 deadlines due in the same minute, created through the API, delivered by the worker, beside
 * raw BullMQ's and raw nodemailer's own lateness for the same instant and the same emails.
 */
async function deliver(
  dataSource: DataSource,
  sink: SmtpSink,
  smtpUrl: string,
  prefix: string,
  floorPrefix: string,
  projectId: string,
  env: Record<string, string>,
) {
  const plannedAt = new Date(Math.ceil((Date.now() + MIN_LEAD_MS) / 60_000) * 60_000);
  const wall = zonedWallTime(plannedAt, TIME_ZONE);
  const dueOn = wall.slice(0, 10);
  const sendTime = wall.slice(11, 16);
  if (reminderFirings(dueOn, [0], TIME_ZONE, sendTime)[0].at.getTime() !== plannedAt.getTime())
    throw new Error(`${wall} ${TIME_ZONE} is not ${plannedAt.toISOString()}`);
  const config: AppConfig = loadAppConfig({
    ...env,
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtpUrl,
    REMINDER_OFFSETS_DAYS: '0',
    REMINDER_SEND_TIME: sendTime,
    SIGN_IN_ATTEMPTS: '1000',
  });
  const apiModule = await Test.createTestingModule({ imports: [AppModule.register(config)] }).compile();
  const api: INestApplication = apiModule.createNestApplication({ bodyParser: false, logger: ['error'] });
  configureApp(api, config);
  await api.listen(0, '127.0.0.1');
  const port = (api.getHttpServer().address() as AddressInfo).port;
  // The worker as production runs it: the built program, a process of its own beside the api.
  const worker = runNode('dist/apps/worker/main.js', {
    ...env,
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtpUrl,
    REMINDER_OFFSETS_DAYS: '0',
    REMINDER_SEND_TIME: sendTime,
    // 'log' prints the line that says it is running.
    LOG_LEVEL: 'log',
  });
  await waitForOutput(worker, 'worker running', 60_000);
  try {
    // Created through the API, as a coordinator would: checklist items due that day.
    const client = new FetchClient(`http://127.0.0.1:${port}`);
    const signedIn = await client.request('POST', '/api/auth/sign-in', {
      email: 'samordnare@demo.kommun.se',
      password: 'demo-password',
    });
    if (signedIn.status !== 200 && signedIn.status !== 201) throw new Error(`Sign-in: ${signedIn.status}`);
    let t = performance.now();
    let next = 0;
    const create = async () => {
      while (next < DELIVERY_DEADLINES) {
        const i = next++;
        const created = await client.request('POST', `/api/projects/${projectId}/checklist`, {
          title: `Leveransfrist ${prefix.slice(-6)} ${i}`,
          due: { kind: 'fixed', on: dueOn },
        });
        if (created.status !== 201)
          throw new Error(`Checklist item ${i}: ${created.status} ${JSON.stringify(created.body)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, create));
    const createMs = performance.now() - t;
    const leadMs = plannedAt.getTime() - Date.now();
    if (leadMs <= 0)
      throw new Error(`Created ${DELIVERY_DEADLINES} deadlines ${-leadMs} ms after they were due`);

    // The floor of BullMQ itself: a delayed job at the same instant, and how late a worker takes it.
    const floorQueue = new Queue('floor', { connection: redisOptionsFromUrl(redisUrl), prefix: floorPrefix });
    let floorTakenAt = NaN;
    const floorWorker = new Worker(
      'floor',
      async () => {
        floorTakenAt = Date.now();
      },
      { connection: redisOptionsFromUrl(redisUrl), prefix: floorPrefix },
    );
    await floorQueue.add('at', {}, { delay: plannedAt.getTime() - Date.now() });
    say(
      `\n2. ${fmt(DELIVERY_DEADLINES)} deadlines created through the API in ${fmt(round(createMs))} ms, due ${dueOn}, reminders at ${sendTime} ${TIME_ZONE}; waiting ${Math.round(leadMs / 1000)} s…`,
    );
    const expected = DELIVERY_DEADLINES * 2;
    const ours = () => sink.received.filter((mail) => mail.at >= plannedAt.getTime() - 1000);
    const giveUpAt = plannedAt.getTime() + DELIVERY_TIMEOUT_MS;
    while (ours().length < expected && Date.now() < giveUpAt) await sleep(100);
    // Anything sent twice would arrive now.
    await sleep(3000);
    await floorWorker.close();
    await floorQueue.obliterate({ force: true });
    await floorQueue.close();
    const arrived = ours();
    if (arrived.length < expected) {
      const remindersQueue = api.get<RemindersQueue>(getQueueToken(QueueName.Reminders));
      say(
        `  not all arrived: notification rows ${JSON.stringify(await dataSource.query('SELECT channel, count(*)::int FROM notification GROUP BY channel'))}, ` +
          `mail log ${JSON.stringify(await dataSource.query('SELECT status, count(*)::int FROM mail_log GROUP BY status'))}, ` +
          `reminder jobs ${JSON.stringify(await remindersQueue.getJobCounts())}, ` +
          `deadlines ${JSON.stringify(await dataSource.query("SELECT kind, to_char(due_on,'YYYY-MM-DD') d, status, count(*)::int FROM deadline GROUP BY 1,2,3"))}, rules ${JSON.stringify(await dataSource.query('SELECT kind, offsets_days FROM reminder_rule'))}, ` +
          `${JSON.stringify((await remindersQueue.getJobs(['completed', 'failed', 'delayed'], 0, 20)).map((job) => [job.id, job.returnvalue, job.failedReason]))}`,
      );
    }
    const ids = arrived.map((mail) => mail.messageId);
    const duplicateMessageIds = ids.length - new Set(ids).size;
    const lateness = stats(arrived.map((mail) => mail.at - plannedAt.getTime()));

    // The floor of sending: the same emails through a pool of as many connections as the worker
    // keeps, to the same sink.
    const rows: Array<{ recipient: string; subject: string; text: string; html: string }> =
      await dataSource.query(
        `SELECT recipient, subject, text, html FROM mail_log WHERE kind = 'reminder' AND created_at >= $1`,
        // Claimed ahead of the instant (REMINDERS_PREPARED_AHEAD_MS), released at it.
        [new Date(plannedAt.getTime() - REMINDERS_PREPARED_AHEAD_MS - 1000)],
      );
    const transport = createTransport({ url: smtpUrl, pool: true, maxConnections: SMTP_CONNECTIONS });
    const before = sink.received.length;
    t = Date.now();
    await Promise.all(
      rows.map((row, i) =>
        transport.sendMail({
          from: config.mailFrom,
          to: row.recipient,
          subject: row.subject,
          text: row.text,
          html: row.html,
          messageId: `<floor.${i}.${t}@bench>`,
        }),
      ),
    );
    transport.close();
    const nodemailerFloor = stats(sink.received.slice(before).map((mail) => mail.at - t));

    const result = {
      deadlines: DELIVERY_DEADLINES,
      recipientsPerReminder: 2,
      createdThroughApiMs: round(createMs),
      plannedAt: plannedAt.toISOString(),
      expected,
      arrived: arrived.length,
      duplicateMessageIds,
      latenessMs: lateness,
      goalP99Ms: 2000,
      floorBullmqDelayedJobMs: round(floorTakenAt - plannedAt.getTime()),
      floorNodemailerSameEmailsMs: nodemailerFloor,
      ok: arrived.length === expected && duplicateMessageIds === 0,
    };
    say(
      `  arrived ${fmt(arrived.length)} of ${fmt(expected)}, duplicate Message-IDs ${duplicateMessageIds}${result.ok ? '' : '   ✗ NOT AS EXPECTED'}\n` +
        `${line('lateness at the SMTP server', lateness)}   (goal p99 ≤ 2,000 ms)\n` +
        `  floor: raw BullMQ delayed job      taken ${fmt(result.floorBullmqDelayedJobMs)} ms late\n` +
        line(`floor: raw nodemailer, ${fmt(rows.length)} emails`, nodemailerFloor),
    );
    return result;
  } finally {
    worker.child.kill('SIGTERM');
    await worker.exited;
    await api.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
