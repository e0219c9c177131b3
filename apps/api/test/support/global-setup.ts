import './register-paths';
import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@gp/api/core';
import { dataSourceOptions, runMigrations } from '@gp/api/data';
import { loadDemoDataOnce } from '@gp/api/demo';
import { databaseUrlFor, TEST_POSTGRES_ADMIN_URL } from './test-environment';

/**
 * This run's template database, from which each suite's own is copied: the schema from the
 * migrations, the demo municipality from the demo data. Also the run's Redis key prefix, which
 * each suite extends with its own name.
 */
export default async function globalSetup(): Promise<void> {
  // Short: a suite's key prefix adds its name, and QUEUE_PREFIX allows 40 characters in all.
  const runId = `${(Date.now() % 36 ** 6).toString(36)}${process.pid.toString(36)}`;
  const template = `gp_test_${runId}`;
  const admin = new Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();

  const dataSource = new DataSource(
    dataSourceOptions({ databaseUrl: databaseUrlFor(template), databasePoolMax: 2 }),
  );
  await dataSource.initialize();
  await runMigrations(dataSource);
  const hasher = new PasswordHasher();
  await loadDemoDataOnce(dataSource, (plain) => hasher.hash(plain));
  // A template may have no open connection while a suite's database is copied from it.
  await dataSource.destroy();

  process.env['GP_TEST_TEMPLATE_DATABASE'] = template;
  process.env['GP_TEST_QUEUE_PREFIX'] = `gpt-${runId}`;
}
