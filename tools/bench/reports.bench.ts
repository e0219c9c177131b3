/**
 * Report endpoint speed: seeds 5,000 projects (as the board benchmark does) with a submission
 * move for every one past Ansökan, then times GET /api/reports for a year and for ten years,
 * through the whole api, as a coordinator (the whole portfolio) and as a department head (scoped),
 * beside its floor: the very statements that request ran (captured from TypeORM in a warm-up),
 * run through the api's own `pg` pool in the same rounds, alternating. Writes p50/p95, the ratio
 * and the machine's load to tools/bench/results/reports.json (BENCH_OUT elsewhere).
 *
 * Run: npm run bench:reports
 * (needs PostgreSQL and Redis as for the tests; the database it makes is dropped afterwards)
 */
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Client, type Pool } from 'pg';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { loadAppConfig, PasswordHasher } from '@gp/api/core';
import { dataSourceOptions, runMigrations } from '@gp/api/data';
import { DEMO_PASSWORD, loadDemoDataOnce } from '@gp/api/demo';
import { seedProjects } from './support/seed-projects';
import { AppModule } from '../../apps/api/src/app/app.module';
import { configureApp } from '../../apps/api/src/app/configure-app';

const PROJECTS = 5000;
const ROUNDS = 40;
const adminUrl = process.env['TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

async function main(): Promise<void> {
  const database = `gp_bench_reports_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const config = loadAppConfig({
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: database,
    SESSION_SECRET: 'benchmark-secret-benchmark-secret-1',
    LOG_LEVEL: 'error',
  });
  try {
    const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    await runMigrations(dataSource);
    const hasher = new PasswordHasher();
    await loadDemoDataOnce(dataSource, (plain) => hasher.hash(plain));
    await seedProjects(dataSource, PROJECTS);
    // Every project past Ansökan was submitted through the board, spread over the last three years.
    await dataSource.query(`INSERT INTO project_stage_move (project_id, from_stage, to_stage, moved_at)
      SELECT id, 'application', 'decision', now() - (random() * interval '1000 days')
        FROM project WHERE stage IN ('decision', 'running', 'closed')`);
    await dataSource.query('ANALYZE');
    await dataSource.destroy();

    const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] }).compile();
    const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
    configureApp(app, config);
    await app.listen(0, '127.0.0.1');
    const appSource = app.get(DataSource);
    const pool = (appSource.driver as unknown as { master: Pool }).master;
    const stats = (values: number[]) => ({
      p50: +percentile(values, 50).toFixed(1),
      p95: +percentile(values, 95).toFixed(1),
    });
    const results: Record<string, unknown> = {};
    for (const email of ['samordnare@demo.kommun.se', 'chef@demo.kommun.se']) {
      const agent = supertest.agent(await app.getUrl());
      const session = await agent.get('/api/auth/session');
      await agent
        .post('/api/auth/sign-in')
        .set('x-csrf-token', session.body.csrfToken)
        .send({ email, password: DEMO_PASSWORD })
        .expect(200);
      for (const [name, from, to] of [
        ['year', '2026-01-01', '2026-12-31'],
        ['ten years', '2017-01-01', '2026-12-31'],
      ]) {
        // The statements the report runs, with their parameters, as TypeORM sends them to pg.
        const statements: Array<{ sql: string; parameters: unknown[] }> = [];
        const original = appSource.driver.createQueryRunner.bind(appSource.driver);
        appSource.driver.createQueryRunner = (mode) => {
          const runner = original(mode);
          const query = runner.query.bind(runner);
          runner.query = ((sql: string, parameters?: unknown[], ...rest: unknown[]) => {
            if (/\bproject\b/.test(sql) && !/session/.test(sql))
              statements.push({ sql, parameters: parameters ?? [] });
            return (query as (...a: unknown[]) => Promise<unknown>)(sql, parameters, ...rest);
          }) as typeof runner.query;
          return runner;
        };
        await agent.get('/api/reports').query({ from, to }).expect(200);
        appSource.driver.createQueryRunner = original;
        const endpoint: number[] = [];
        const floor: number[] = [];
        for (let round = 0; round < ROUNDS + 3; round++) {
          let started = performance.now();
          await agent.get('/api/reports').query({ from, to }).expect(200);
          const apiMs = performance.now() - started;
          started = performance.now();
          for (const statement of statements) await pool.query(statement.sql, statement.parameters);
          const floorMs = performance.now() - started;
          // The first rounds warm caches and the JIT.
          if (round >= 3) {
            endpoint.push(apiMs);
            floor.push(floorMs);
          }
        }
        const e = stats(endpoint);
        const f = stats(floor);
        results[`${email.split('@')[0]} ${name}`] = {
          endpoint: e,
          floor: f,
          statements: statements.length,
          ratioP50: +(e.p50 / f.p50).toFixed(2),
          load1: +loadavg()[0].toFixed(2),
        };
      }
    }
    await app.close();
    const report = {
      benchmark: 'reports',
      measuredAt: new Date().toISOString(),
      projects: PROJECTS,
      rounds: ROUNDS,
      results,
      machine: `${process.platform} ${process.arch}, ${cpus().length} cores, node ${process.version}`,
    };
    console.log(JSON.stringify(report, null, 2));
    writeFileSync(
      process.env['BENCH_OUT'] ?? join(__dirname, 'results/reports.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
