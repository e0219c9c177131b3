/**
 * Board endpoint speed: seeds 5,000 projects in a fresh database, then times, through the whole api
 * (session, guard, validation, queries, JSON):
 *   - GET /api/board: every column's first page (30 cards), counts and sums;
 *   - GET /api/board/page: one column's next page after a cursor ("show more");
 * each against its floor: the very SQL statements that request ran (captured from TypeORM in a
 * warm-up request), run through the api's own `pg` pool in the same run, concurrently where the
 * service runs them concurrently. Each round also times GET /api/auth/session: what any signed-in answer costs here
 * (session, guard, HTTP) with no board in it.
 * Each request is timed three ways: through supertest, which also decompresses and parses the
 * answer and adds superagent's own work; to its last byte with node:http, as a browser's network
 * timing or wrk measures an endpoint (`lastByte`, the goal's ratio); and with node:http once
 * decompressed and JSON-parsed (`parsed`), as the floor's rows are parsed by pg. All are written. Rounds alternate endpoint and floor; the whole is
 * repeated REPEATS times. Prints p50/p95, response bytes and the machine's 1-minute load, and writes
 * them to tools/bench/results/board.json.
 *
 * Run: npm run bench:board   (needs PostgreSQL and Redis as for the tests; BENCH_OUT to write elsewhere)
 * BENCH_PROFILE=<file.cpuprofile> also records a CPU profile of the board's timed rounds (the api,
 * the floor and the client share this process), for Chromium's DevTools: where the time beyond
 * the SQL goes.
 */
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Agent } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client, type Pool } from 'pg';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import type { Board, BoardColumnPage } from '@gp/domain';
import { loadAppConfig, PasswordHasher } from '@gp/api/core';
import { dataSourceOptions, runMigrations } from '@gp/api/data';
import { loadDemoDataOnce } from '@gp/api/demo';
import { seedProjects } from './support/seed-projects';
import { cookieHeader, timeToLastByte } from './support/last-byte';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark runs the real api module, as the integration tests do
import { AppModule } from '../../apps/api/src/app/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- and configures it as main.ts does
import { configureApp } from '../../apps/api/src/app/configure-app';

const PROJECTS = 5000;
const ROUNDS = 60;
const REPEATS = 3;
/** What Chromium sends; BENCH_ACCEPT_ENCODING=gzip,deflate for superagent's own default. */
const ACCEPT_ENCODING = process.env['BENCH_ACCEPT_ENCODING'] ?? 'gzip, deflate, br, zstd';
const adminUrl = process.env['TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

interface Stats {
  p50: number;
  p95: number;
}
const stats = (values: number[]): Stats => ({
  p50: +percentile(values, 50).toFixed(1),
  p95: +percentile(values, 95).toFixed(1),
});

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

    const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] }).compile();
    const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
    configureApp(app, config);
    // Listening once, as the api does: a server handed to supertest is started and closed around
    // every request, and superagent opens a new connection for each one unless given an agent;
    // a browser keeps its connection, as the floor's pg clients do.
    await app.listen(0, '127.0.0.1');
    const cookies = supertest.agent(await app.getUrl()).set('Accept-Encoding', ACCEPT_ENCODING);
    const connection = new Agent({ keepAlive: true, maxSockets: 1 });
    const agent = {
      get: (path: string) => cookies.get(path).agent(connection),
      post: (path: string) => cookies.post(path).agent(connection),
    };
    const session = await agent.get('/api/auth/session');
    const signIn = await agent
      .post('/api/auth/sign-in')
      .set('x-csrf-token', session.body.csrfToken)
      .send({ email: 'samordnare@demo.kommun.se', password: 'demo-password' })
      .expect(200);
    // The same person's requests as a browser sends them, on a keep-alive connection of their own.
    const rawConnection = new Agent({ keepAlive: true, maxSockets: 1 });
    const rawHeaders = {
      cookie: cookieHeader([
        ...(session.headers['set-cookie'] ?? []),
        ...(signIn.headers['set-cookie'] ?? []),
      ]),
      'accept-encoding': ACCEPT_ENCODING,
      accept: 'application/json',
    };
    const rawGet = async (path: string, parse = false) => {
      const answer = await timeToLastByte(await app.getUrl(), path, rawHeaders, rawConnection, parse);
      if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
      return answer.ms;
    };

    // The statements each request runs, with their parameters, as TypeORM sends them to pg.
    const capture = async (path: string) => {
      const statements: Array<{ sql: string; parameters: unknown[] }> = [];
      const appSource = app.get(DataSource);
      const originalApp = appSource.driver.createQueryRunner.bind(appSource.driver);
      appSource.driver.createQueryRunner = (mode) => {
        const runner = originalApp(mode);
        const query = runner.query.bind(runner);
        runner.query = ((sql: string, parameters?: unknown[], ...rest: unknown[]) => {
          if (/"(project|checklist_item|co_funding_request)"/.test(sql))
            statements.push({ sql, parameters: parameters ?? [] });
          return (query as (...a: unknown[]) => Promise<unknown>)(sql, parameters, ...rest);
        }) as typeof runner.query;
        return runner;
      };
      const response = await agent.get(path).expect(200);
      appSource.driver.createQueryRunner = originalApp;
      return { response, statements };
    };

    // The floor runs on the api's own pool (its connections, its pg type parsing), two statements
    // at a time as the service sends them (cards with totals).
    const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
    const runFloor = async (statements: Array<{ sql: string; parameters: unknown[] }>) => {
      for (let i = 0; i < statements.length; i += 2)
        await Promise.all(
          statements.slice(i, i + 2).map((s) => pool.query(s.sql, s.parameters as unknown[])),
        );
    };

    const board = await capture('/api/board');
    const idea = (board.response.body as Board).columns.find((c) => c.stage === 'idea');
    const pagePath = `/api/board/page?stage=idea&cursor=${idea?.next}`;
    const page = await capture(pagePath);

    const time = async (path: string, statements: Array<{ sql: string; parameters: unknown[] }>) => {
      const runs: Array<{
        endpoint: Stats;
        floor: Stats;
        ratio: { p50: number; p95: number };
        signedInRequest: Stats;
        lastByte: { endpoint: Stats; ratio: { p50: number; p95: number }; signedInRequest: Stats };
        parsed: { endpoint: Stats; ratio: { p50: number; p95: number } };
        load1: number;
      }> = [];
      for (let repeat = 0; repeat < REPEATS; repeat++) {
        const api: number[] = [];
        const floor: number[] = [];
        const signedIn: number[] = [];
        const rawApi: number[] = [];
        const rawSignedIn: number[] = [];
        const parsedApi: number[] = [];
        for (let round = 0; round < ROUNDS + 5; round++) {
          let started = process.hrtime.bigint();
          await agent.get(path).expect(200);
          const apiMs = Number(process.hrtime.bigint() - started) / 1e6;
          started = process.hrtime.bigint();
          await runFloor(statements);
          const floorMs = Number(process.hrtime.bigint() - started) / 1e6;
          // What any signed-in answer costs here (session, guard, HTTP), with no board in it.
          started = process.hrtime.bigint();
          await agent.get('/api/auth/session').expect(200);
          const signedInMs = Number(process.hrtime.bigint() - started) / 1e6;
          const rawApiMs = await rawGet(path);
          const rawSignedInMs = await rawGet('/api/auth/session');
          const parsedApiMs = await rawGet(path, true);
          // The first rounds warm caches and the JIT; they are not counted.
          if (round >= 5) {
            api.push(apiMs);
            floor.push(floorMs);
            signedIn.push(signedInMs);
            rawApi.push(rawApiMs);
            rawSignedIn.push(rawSignedInMs);
            parsedApi.push(parsedApiMs);
          }
        }
        const endpoint = stats(api);
        const sql = stats(floor);
        const lastByte = stats(rawApi);
        const parsed = stats(parsedApi);
        runs.push({
          endpoint,
          floor: sql,
          ratio: { p50: +(endpoint.p50 / sql.p50).toFixed(2), p95: +(endpoint.p95 / sql.p95).toFixed(2) },
          signedInRequest: stats(signedIn),
          lastByte: {
            endpoint: lastByte,
            ratio: { p50: +(lastByte.p50 / sql.p50).toFixed(2), p95: +(lastByte.p95 / sql.p95).toFixed(2) },
            signedInRequest: stats(rawSignedIn),
          },
          parsed: {
            endpoint: parsed,
            ratio: { p50: +(parsed.p50 / sql.p50).toFixed(2), p95: +(parsed.p95 / sql.p95).toFixed(2) },
          },
          load1: +loadavg()[0].toFixed(2),
        });
      }
      return runs;
    };

    const profiler = process.env['BENCH_PROFILE'] ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    const boardRuns = await time('/api/board', board.statements);
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(process.env['BENCH_PROFILE'] as string, JSON.stringify(profile));
      profiler.disconnect();
    }
    const pageRuns = await time(pagePath, page.statements);
    const cards = (board.response.body as Board).columns.reduce((n, c) => n + c.cards.length, 0);
    const result = {
      measuredAt: new Date().toISOString(),
      projects: PROJECTS,
      rounds: ROUNDS,
      repeats: REPEATS,
      goal: 'response at most 100 kB; endpoint p50 at most 1.5x its own SQL through pg',
      acceptEncoding: ACCEPT_ENCODING,
      board: {
        path: '/api/board',
        cardsReturned: cards,
        counted: (board.response.body as Board).columns.reduce((n, c) => n + c.count, 0),
        responseBytes: Buffer.byteLength(board.response.text),
        statements: board.statements.length,
        runs: boardRuns,
      },
      page: {
        path: '/api/board/page?stage=idea&cursor=…',
        cardsReturned: (page.response.body as BoardColumnPage).cards.length,
        responseBytes: Buffer.byteLength(page.response.text),
        statements: page.statements.length,
        runs: pageRuns,
      },
      machine: `${process.platform} ${process.arch}, ${cpus().length} cores, node ${process.version}`,
      note: 'load1 is the 1-minute load average at the end of each repeat; other helpers share the machine',
    };
    const lines = [
      `Board with ${PROJECTS} projects (${ROUNDS} rounds x ${REPEATS}), Accept-Encoding: ${ACCEPT_ENCODING}`,
    ];
    for (const [name, part] of [
      ['GET /api/board', result.board],
      ['GET /api/board/page', result.page],
    ] as const) {
      lines.push(
        `  ${name}: ${part.cardsReturned} cards, ${part.responseBytes} bytes, ${part.statements} statements`,
      );
      for (const run of part.runs)
        lines.push(
          `    endpoint p50 ${run.endpoint.p50} ms p95 ${run.endpoint.p95} ms | its SQL p50 ${run.floor.p50} ms p95 ${run.floor.p95} ms | ratio p50 ${run.ratio.p50}x p95 ${run.ratio.p95}x | GET /api/auth/session p50 ${run.signedInRequest.p50} ms | load ${run.load1}`,
          `      to last byte: endpoint p50 ${run.lastByte.endpoint.p50} ms p95 ${run.lastByte.endpoint.p95} ms | ratio p50 ${run.lastByte.ratio.p50}x p95 ${run.lastByte.ratio.p95}x | GET /api/auth/session p50 ${run.lastByte.signedInRequest.p50} ms`,
          `      decompressed and parsed: endpoint p50 ${run.parsed.endpoint.p50} ms p95 ${run.parsed.endpoint.p95} ms | ratio p50 ${run.parsed.ratio.p50}x p95 ${run.parsed.ratio.p95}x`,
        );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    writeFileSync(
      process.env['BENCH_OUT'] ?? join(__dirname, 'results/board.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    connection.destroy();
    rawConnection.destroy();
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
