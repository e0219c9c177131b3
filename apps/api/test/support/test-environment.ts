import { basename } from 'node:path';
import type { AppConfig } from '@gp/api/core';
import { loadAppConfig } from '@gp/api/core';

/** The PostgreSQL server the tests create their databases on (trust auth on this machine and CI). */
export const TEST_POSTGRES_ADMIN_URL =
  process.env['TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export function databaseUrlFor(database: string): string {
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** This run's template database and key prefix, as global setup left them in the environment. */
export function testRun(): { template: string; queuePrefix: string } {
  const template = process.env['GP_TEST_TEMPLATE_DATABASE'];
  const queuePrefix = process.env['GP_TEST_QUEUE_PREFIX'];
  if (!template || !queuePrefix)
    throw new Error('Run integration tests through their jest config: global setup prepares the database.');
  return { template, queuePrefix };
}

/**
 * The suite's own database and key prefix, named after its file: each suite starts from the
 * template (migrations and the demo municipality) and sees nothing another suite did.
 */
export function suiteNames(): { database: string; queuePrefix: string } {
  const testPath = expect.getState().testPath;
  if (!testPath) throw new Error('suiteNames() is called inside a test file only.');
  const suite = basename(testPath)
    .replace(/\.integration-spec\.ts$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
  const run = testRun();
  // Identifiers: PostgreSQL keeps 63 characters; QUEUE_PREFIX allows 40, and some suites add a
  // few of their own for a second desk (`-done`, `-crash`, `-embedded`).
  return {
    database: `${run.template}_${suite}`.slice(0, 63),
    queuePrefix: `${run.queuePrefix}-${suite.slice(0, 18)}`,
  };
}

/** The configuration of this suite: its own database and Redis key prefix. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const { database, queuePrefix } = suiteNames();
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrlFor(database),
    DATABASE_POOL_MAX: '4',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    SESSION_SECRET: 'integration-tests-secret-integration-tests',
    APP_URL: 'http://localhost:3999',
  });
  return { ...config, ...overrides };
}
