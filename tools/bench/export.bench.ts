/**
 * Export speed: seeds 5,000 projects in a fresh database (with partners, dates and amounts, as a
 * portfolio with years of history), runs the api in-process, and times, through the whole api
 * (session, guard, query pipe, cursor, spreadsheet writer, compression, HTTP), the download of
 * GET /api/projects/table/export of every project with every column:
 *   - as XLSX and as CSV, each ROUNDS times after a warm-up, one after another;
 *   - beside its floor in the same run: the very SELECT the export declared its cursor for (captured
 *     from TypeORM in the warm-up), run through the api's own pg pool, fetching every row at once.
 * Prints and writes p50/p95, the bytes on the wire, the process's resident memory (the api's: it
 * runs here) before, at its peak during and after the exports, and the machine's 1-minute load, to
 * tools/bench/results/export.json. The goal: 5,000 projects export in under 5 seconds.
 *
 * Run: npm run bench:export   (needs PostgreSQL and Redis as for the tests; BENCH_OUT to write elsewhere)
 */
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client, type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PROJECT_TABLE_COLUMNS } from '@gp/domain';
import { loadAppConfig, PasswordHasher } from '@gp/api/core';
import { dataSourceOptions, runMigrations } from '@gp/api/data';
import { loadDemoDataOnce } from '@gp/api/demo';
import { seedProjects } from './support/seed-projects';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark runs the real api module, as the integration tests do
import { AppModule } from '../../apps/api/src/app/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- and configures it as main.ts does
import { configureApp } from '../../apps/api/src/app/configure-app';

const PROJECTS = 5000;
const ROUNDS = 7;
const GOAL_MS = 5000;
/** What Chromium sends: the CSV is compressed on its way, the XLSX (already a zip) is not. */
const ACCEPT_ENCODING = process.env['BENCH_ACCEPT_ENCODING'] ?? 'gzip, deflate, br, zstd';
const adminUrl = process.env['TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const stats = (values: number[]) => ({
  p50: +percentile(values, 50).toFixed(1),
  p95: +percentile(values, 95).toFixed(1),
});
const mb = (bytes: number) => +(bytes / 1048576).toFixed(1);

/** The portfolio's details the seed leaves out, so every column has something to write. */
async function fillDetails(dataSource: DataSource): Promise<void> {
  await dataSource.query(`
    UPDATE project SET
      purpose = 'Ett benchmarkprojekt med ett syfte av rimlig längd för en kommun.',
      planned_start = DATE '2018-01-01' + (abs(hashtext(id::text)) % 3000),
      planned_end = DATE '2018-01-01' + (abs(hashtext(id::text)) % 3000) + 730,
      budget_total_minor = COALESCE(requested_grant_minor, 0) * 2 + 12345,
      own_cash_minor = COALESCE(requested_grant_minor, 0) / 4,
      own_in_kind_minor = 50000,
      granted_minor = CASE WHEN stage IN ('running', 'closed') THEN requested_grant_minor END,
      municipality_role = 'partner',
      internationalisation_form = 'cooperation',
      sdgs = '{4,11}',
      partners = '[{"organisation":"Città di Modena","country":"IT","role":"partner"},{"organisation":"Aarhus Kommune","country":"DK","role":"lead_partner"}]'::jsonb
    WHERE title LIKE 'Benchmarkprojekt %'`);
  await dataSource.query('ANALYZE project');
}

/**
 * One GET read to its end: the milliseconds to the first byte of the body and to the last, the
 * bytes on the wire and the status. A first byte long before the last shows the file is written
 * as it is read, not made whole first.
 */
function download(
  base: string,
  path: string,
  cookie: string,
  agent: Agent,
): Promise<{ ms: number; firstByteMs: number; bytes: number; status: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(`${base}${path}`, { agent, headers: { cookie, 'accept-encoding': ACCEPT_ENCODING } }, (res) => {
      let bytes = 0;
      let firstByteMs = 0;
      res.on('data', (chunk: Buffer) => {
        if (bytes === 0) firstByteMs = Number(process.hrtime.bigint() - started) / 1e6;
        bytes += chunk.length;
      });
      res.on('end', () =>
        resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, firstByteMs, bytes, status: res.statusCode ?? 0 }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function main(): Promise<void> {
  const database = `gp_bench_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const config = loadAppConfig({
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `${database}`,
    SESSION_SECRET: 'benchmark-secret-benchmark-secret-1',
    LOG_LEVEL: 'error',
  });
  try {
    const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    await runMigrations(dataSource);
    const hasher = new PasswordHasher();
    await loadDemoDataOnce(dataSource, (plain) => hasher.hash(plain));
    await seedProjects(dataSource, PROJECTS);
    await fillDetails(dataSource);

    const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] }).compile();
    const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
    configureApp(app, config);
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');

    // Signed in as the coordinator, as a browser: the session cookie and the CSRF token.
    const cookies = new Map<string, string>();
    const keep = (response: Response) => {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        cookies.set(pair.slice(0, pair.indexOf('=')), pair);
      }
      return [...cookies.values()].join('; ');
    };
    const session = await fetch(`${base}/api/auth/session`);
    let cookie = keep(session);
    const { csrfToken } = await session.json();
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ email: 'samordnare@demo.kommun.se', password: 'demo-password' }),
    });
    if (signIn.status !== 200) throw new Error(`Sign-in answered ${signIn.status}`);
    cookie = keep(signIn);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });

    // The SELECT each export declared its cursor for, with its parameters, as TypeORM sends it.
    const appSource = app.get(DataSource);
    const declared: Array<{ sql: string; parameters: unknown[] }> = [];
    const original = appSource.driver.createQueryRunner.bind(appSource.driver);
    appSource.driver.createQueryRunner = (mode) => {
      const runner = original(mode);
      const query = runner.query.bind(runner);
      runner.query = ((sql: string, parameters?: unknown[], ...rest: unknown[]) => {
        const match = /^DECLARE project_table_export NO SCROLL CURSOR FOR ([\s\S]*)$/.exec(sql);
        if (match) declared.push({ sql: match[1], parameters: parameters ?? [] });
        return (query as (...a: unknown[]) => Promise<unknown>)(sql, parameters, ...rest);
      }) as typeof runner.query;
      return runner;
    };
    const pool = (appSource.driver as unknown as { master: Pool }).master;

    // With --expose-gc (the npm script's), the heap is measured after a full collection: what the
    // exports keep, not the garbage they left for later.
    const collect = () => (globalThis as { gc?: () => void }).gc?.();
    collect();
    const memory = {
      beforeMb: mb(process.memoryUsage().rss),
      peakMb: 0,
      afterMb: 0,
      heapUsedBeforeMb: mb(process.memoryUsage().heapUsed),
      heapUsedAfterMb: 0,
    };
    const sampler = setInterval(() => {
      memory.peakMb = Math.max(memory.peakMb, mb(process.memoryUsage().rss));
    }, 20);

    const formats: Record<string, unknown> = {};
    const lines = [`Export of ${PROJECTS} projects, every column (${PROJECT_TABLE_COLUMNS.length}), ${ROUNDS} rounds after a warm-up, Accept-Encoding: ${ACCEPT_ENCODING}`];
    for (const format of ['xlsx', 'csv'] as const) {
      const path = `/api/projects/table/export?format=${format}&sort=title&columns=${PROJECT_TABLE_COLUMNS.join(',')}`;
      declared.length = 0;
      const warm = await download(base, path, cookie, agent);
      if (warm.status !== 200) throw new Error(`${path} answered ${warm.status}`);
      const statement = declared[0];
      if (!statement) throw new Error('The export declared no cursor');
      const endpoint: number[] = [];
      const firstByte: number[] = [];
      const floor: number[] = [];
      let bytes = 0;
      let rows = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const answer = await download(base, path, cookie, agent);
        endpoint.push(answer.ms);
        firstByte.push(answer.firstByteMs);
        bytes = answer.bytes;
        const started = process.hrtime.bigint();
        rows = (await pool.query(statement.sql, statement.parameters as unknown[])).rowCount ?? 0;
        floor.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      const result = {
        path: path.replace(/columns=[^&]+/, 'columns=<all>'),
        rows,
        bytesOnTheWire: bytes,
        endpoint: stats(endpoint),
        firstByte: stats(firstByte),
        floor: stats(floor),
        ratio: +(percentile(endpoint, 50) / percentile(floor, 50)).toFixed(1),
        underGoal: percentile(endpoint, 95) < GOAL_MS,
        load1: +loadavg()[0].toFixed(2),
      };
      formats[format] = result;
      lines.push(
        `  ${format}: ${rows} rows, ${bytes} bytes | endpoint p50 ${result.endpoint.p50} ms p95 ${result.endpoint.p95} ms (first byte p50 ${result.firstByte.p50} ms) | its SELECT of every row p50 ${result.floor.p50} ms p95 ${result.floor.p95} ms | ${result.ratio}x | load ${result.load1}`,
      );
    }
    // Free text now reads partners, programme and call too: what a search costs on 5,000 projects,
    // one that finds every benchmark project (a partner's name) and one that finds none (all read).
    const search: Record<string, unknown> = {};
    for (const path of ['/api/board?q=modena', '/api/board?q=ingenting-alls', '/api/projects/table?q=modena', '/api/projects/table?q=ingenting-alls']) {
      const ms: number[] = [];
      for (let round = 0; round < 25; round++) {
        const answer = await download(base, path, cookie, agent);
        if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
        if (round >= 5) ms.push(answer.ms);
      }
      search[path] = stats(ms);
      lines.push(`  ${path}: p50 ${stats(ms).p50} ms p95 ${stats(ms).p95} ms`);
    }
    clearInterval(sampler);
    collect();
    memory.afterMb = mb(process.memoryUsage().rss);
    memory.heapUsedAfterMb = mb(process.memoryUsage().heapUsed);
    lines.push(
      `  resident memory of the process (api in-process): before ${memory.beforeMb} MB, peak ${memory.peakMb} MB, after ${memory.afterMb} MB; V8 heap in use after a full collection: before ${memory.heapUsedBeforeMb} MB, after ${memory.heapUsedAfterMb} MB`,
    );

    const result = {
      measuredAt: new Date().toISOString(),
      projects: PROJECTS,
      columns: PROJECT_TABLE_COLUMNS.length,
      rounds: ROUNDS,
      goal: `every project exported in under ${GOAL_MS} ms (p95), XLSX and CSV`,
      acceptEncoding: ACCEPT_ENCODING,
      ...formats,
      search,
      memory,
      machine: `${process.platform} ${process.arch}, ${cpus().length} cores, node ${process.version}`,
      note: 'the floor fetches every row at once through the api pool; the export reads them through a cursor 500 at a time and writes them as it goes. load1 is the 1-minute load average after each format; other helpers share the machine',
    };
    process.stdout.write(`${lines.join('\n')}\n`);
    writeFileSync(
      process.env['BENCH_OUT'] ?? join(__dirname, 'results/export.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    agent.destroy();
    await app.close();
    await dataSource.destroy();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    // Only this run's keys: the Redis may be shared.
    const redis = new Redis(config.redisUrl);
    const keys = await redis.keys(`${database}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
