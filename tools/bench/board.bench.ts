/**
 * Board endpoint speed: seeds 5,000 projects in a fresh database, then times GET /api/board
 * through the whole api (session, guard, validation, three queries, JSON) against the same rows
 * read by one raw SQL query through `pg` (the floor). Prints p50/p95 and writes them to
 * tools/bench/results/board.json.
 *
 * Run: npm run bench:board   (needs PostgreSQL and Redis as for the tests)
 */
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { loadAppConfig, PasswordHasher } from '@gp/api/core';
import { dataSourceOptions, DepartmentEntity, ProgrammeEntity, runMigrations } from '@gp/api/data';
import { loadDemoDataOnce } from '@gp/api/demo';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark runs the real api module, as the integration tests do
import { AppModule } from '../../apps/api/src/app/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- and configures it as main.ts does
import { configureApp } from '../../apps/api/src/app/configure-app';

const PROJECTS = 5000;
const ROUNDS = 60;
const adminUrl = process.env['TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

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
    const departments = await dataSource.getRepository(DepartmentEntity).find();
    const programmes = await dataSource.getRepository(ProgrammeEntity).find({ relations: { calls: true } });
    const stages = ['idea', 'application', 'decision', 'running', 'closed'];
    const existing = Number((await dataSource.query('SELECT count(*) FROM project'))[0].count);
    for (let batch = 0; batch < PROJECTS - existing; batch += 500) {
      const values: unknown[] = [];
      const rows: string[] = [];
      for (let i = batch; i < Math.min(batch + 500, PROJECTS - existing); i++) {
        const programme = programmes[i % programmes.length];
        const call = programme.calls[0];
        const o = values.length;
        rows.push(`($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, 1, 'SEK', $${o + 7})`);
        values.push(
          `Benchmarkprojekt ${i}`,
          stages[i % 5],
          departments[i % departments.length].id,
          programme.id,
          call?.id ?? null,
          i % 5 === 4 ? 'completed' : null,
          (i % 97) * 100_000,
        );
      }
      await dataSource.query(
        `INSERT INTO project (title, stage, department_id, programme_id, call_id, outcome, version, budget_currency, requested_grant_minor) VALUES ${rows.join(', ')}`,
        values,
      );
    }

    const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] }).compile();
    const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
    configureApp(app, config);
    await app.init();
    const agent = supertest.agent(app.getHttpServer());
    const session = await agent.get('/api/auth/session');
    await agent
      .post('/api/auth/sign-in')
      .set('x-csrf-token', session.body.csrfToken)
      .send({ email: 'samordnare@demo.kommun.se', password: 'demo-password' })
      .expect(200);

    const raw = new Client({ connectionString: url.toString() });
    await raw.connect();
    const rawSql = `SELECT p.id, p.title, p.stage, p.outcome, p.version, p.department_id, d.name AS department_name, p.programme_id, g.name AS programme_name,
      p.call_id, c.deadline_at, p.project_lead_id, u.name AS lead_name, p.planned_start, p.planned_end, p.budget_currency, p.requested_grant_minor, p.granted_minor, p.updated_at
      FROM project p JOIN department d ON d.id = p.department_id LEFT JOIN programme g ON g.id = p.programme_id
      LEFT JOIN programme_call c ON c.id = p.call_id LEFT JOIN user_account u ON u.id = p.project_lead_id ORDER BY p.updated_at DESC`;

    const api: number[] = [];
    const floor: number[] = [];
    let cards = 0;
    for (let round = 0; round < ROUNDS + 5; round++) {
      let started = process.hrtime.bigint();
      const response = await agent.get('/api/board').expect(200);
      const apiMs = Number(process.hrtime.bigint() - started) / 1e6;
      started = process.hrtime.bigint();
      await raw.query(rawSql);
      const floorMs = Number(process.hrtime.bigint() - started) / 1e6;
      // The first rounds warm caches and the JIT; they are not counted.
      if (round >= 5) {
        api.push(apiMs);
        floor.push(floorMs);
      }
      cards = response.body.columns.reduce((n: number, c: { cards: unknown[] }) => n + c.cards.length, 0);
    }
    const result = {
      measuredAt: new Date().toISOString(),
      projects: PROJECTS,
      cardsReturned: cards,
      rounds: ROUNDS,
      boardEndpointMs: { p50: +percentile(api, 50).toFixed(1), p95: +percentile(api, 95).toFixed(1) },
      rawSqlFloorMs: { p50: +percentile(floor, 50).toFixed(1), p95: +percentile(floor, 95).toFixed(1) },
      ratio: {
        p50: +(percentile(api, 50) / percentile(floor, 50)).toFixed(2),
        p95: +(percentile(api, 95) / percentile(floor, 95)).toFixed(2),
      },
      machine: `${process.platform} ${process.arch}, node ${process.version}`,
    };
    process.stdout.write(
      `Board with ${PROJECTS} projects (${cards} cards returned, ${ROUNDS} rounds)\n` +
        `  GET /api/board   p50 ${result.boardEndpointMs.p50} ms   p95 ${result.boardEndpointMs.p95} ms\n` +
        `  raw SQL (floor)  p50 ${result.rawSqlFloorMs.p50} ms   p95 ${result.rawSqlFloorMs.p95} ms\n` +
        `  ratio            p50 ${result.ratio.p50}×   p95 ${result.ratio.p95}×\n`,
    );
    writeFileSync(join(__dirname, 'results/board.json'), `${JSON.stringify(result, null, 2)}\n`);
    await raw.end();
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
