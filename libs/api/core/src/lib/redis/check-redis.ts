import type { Redis } from 'ioredis';
import { assertNoEviction } from './eviction-policy';

/** At start: Redis must answer within the time given and must not evict keys. */
export async function checkRedisAtStart(redis: Redis, url: string, timeoutMs = 15_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis at ${new URL(url).host} does not answer; start it or set REDIS_URL.`)),
      timeoutMs,
    );
  });
  const ready =
    redis.status === 'ready'
      ? Promise.resolve()
      : new Promise<void>((resolve) => redis.once('ready', () => resolve()));
  try {
    await Promise.race([ready.then(() => assertNoEviction(redis)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
