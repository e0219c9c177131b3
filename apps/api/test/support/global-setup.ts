import './register-paths';
import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@gp/api/core';
import { dataSourceOptions, runMigrations } from '@gp/api/data';
import { loadDemoDataOnce } from '@gp/api/demo';
import { databaseUrlFor, TEST_POSTGRES_ADMIN_URL } from './test-environment';

/** A fresh database and Redis key prefix for this run; the schema comes from the migrations, the people from the demo data. */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const database = `gp_test_${runId}`;
  const admin = new Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const dataSource = new DataSource(
    dataSourceOptions({ databaseUrl: databaseUrlFor(database), databasePoolMax: 2 }),
  );
  await dataSource.initialize();
  await runMigrations(dataSource);
  const hasher = new PasswordHasher();
  await loadDemoDataOnce(dataSource, (plain) => hasher.hash(plain));
  await dataSource.destroy();

  process.env['GP_TEST_DATABASE'] = database;
  process.env['GP_TEST_QUEUE_PREFIX'] = `gptest-${runId}`;
}
