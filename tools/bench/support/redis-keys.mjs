import { Redis } from 'ioredis';

/** Deletes a run's keys (those under `prefix`) from a Redis others may share; nothing if it is away. */
export async function deletePrefixedKeys(redisUrl, prefix) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // nothing to delete when Redis is not there
  } finally {
    redis.disconnect();
  }
}
