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

/** The configuration of this run, as global setup left it in the environment. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const database = process.env['GP_TEST_DATABASE'];
  const prefix = process.env['GP_TEST_QUEUE_PREFIX'];
  if (!database || !prefix)
    throw new Error('Run integration tests through their jest config: global setup prepares the database.');
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrlFor(database),
    DATABASE_POOL_MAX: '4',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    SESSION_SECRET: 'integration-tests-secret-integration-tests',
    APP_URL: 'http://localhost:3999',
  });
  return { ...config, ...overrides };
}
