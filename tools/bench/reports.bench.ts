/**
 * Report endpoint speed: seeds 5,000 projects (as the board benchmark does) with a submission
 * move for every one past Ansökan, then times GET /api/reports for a year and for ten years,
 * through the whole api, as a coordinator (the whole portfolio) and as a department head (scoped).
 *
 * Run: npm run bench:reports
 * (needs PostgreSQL and Redis as for the tests; the database it makes is dropped afterwards)
 */
import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
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
    const results: Record<string, { p50: number; p95: number }> = {};
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
        const times: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const started = performance.now();
          await agent.get('/api/reports').query({ from, to }).expect(200);
          times.push(performance.now() - started);
        }
        results[`${email.split('@')[0]} ${name}`] = {
          p50: +percentile(times, 50).toFixed(1),
          p95: +percentile(times, 95).toFixed(1),
        };
      }
    }
    await app.close();
    console.log(JSON.stringify({ projects: PROJECTS, rounds: ROUNDS, ms: results }, null, 2));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
