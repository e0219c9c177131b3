import './register-paths';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { TEST_POSTGRES_ADMIN_URL, TEST_REDIS_URL } from './test-environment';

/**
 * Drops this run's template and every suite's copy of it, and deletes only this run's keys (each
 * suite's prefix begins with the run's): the Redis may be shared.
 */
export default async function globalTeardown(): Promise<void> {
  const template = process.env['GP_TEST_TEMPLATE_DATABASE'];
  const prefix = process.env['GP_TEST_QUEUE_PREFIX'];
  if (template) {
    const admin = new Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $1 || '_')`,
      [template],
    );
    // The suites' copies first: the template cannot go while a copy is being made from it.
    for (const { datname } of rows.sort((a, b) => b.datname.length - a.datname.length))
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  }
  if (prefix) {
    const redis = new Redis(TEST_REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
}
