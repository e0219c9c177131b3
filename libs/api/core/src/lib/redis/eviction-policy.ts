import type { Redis } from 'ioredis';

/** Reads `maxmemory-policy` from INFO; queued jobs are lost silently under any policy but noeviction. */
export async function readEvictionPolicy(redis: Pick<Redis, 'info'>): Promise<string> {
  const info = await redis.info('memory');
  const line = info.split(/\r?\n/).find((l) => l.startsWith('maxmemory_policy:'));
  return line ? line.split(':')[1].trim() : 'unknown';
}

export class EvictionPolicyError extends Error {
  constructor(policy: string) {
    super(
      `Redis runs with maxmemory-policy ${policy}; it must be noeviction or queued reminders can vanish. ` +
        `Set "maxmemory-policy noeviction" in redis.conf (or run CONFIG SET maxmemory-policy noeviction).`,
    );
    this.name = 'EvictionPolicyError';
  }
}

/** Refuses to run on a Redis that may evict keys. */
export async function assertNoEviction(redis: Pick<Redis, 'info'>): Promise<void> {
  const policy = await readEvictionPolicy(redis);
  if (policy !== 'noeviction') throw new EvictionPolicyError(policy);
}
