import './register-paths';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { TEST_POSTGRES_ADMIN_URL, TEST_REDIS_URL } from './test-environment';

/** Drops this run's database and deletes only this run's keys: the Redis may be shared. */
export default async function globalTeardown(): Promise<void> {
  const database = process.env['GP_TEST_DATABASE'];
  const prefix = process.env['GP_TEST_QUEUE_PREFIX'];
  if (database) {
    const admin = new Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
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
