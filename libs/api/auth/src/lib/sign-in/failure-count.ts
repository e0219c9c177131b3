import type { Redis } from 'ioredis';

/** The window every sign-in and password-check limit counts in. */
export const LIMIT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Failures per key in a fixed window, in Redis so every api process sees the same count. While
 * Redis is down the count reads 0 at once (not after the command timeout): people can still sign
 * in, and the limit returns with Redis.
 */
export class FailureCount {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly windowMs = LIMIT_WINDOW_MS,
  ) {}

  async of(key: string): Promise<number> {
    if (this.redis.status !== 'ready') return 0;
    try {
      return Number(await this.redis.get(this.prefix + key)) || 0;
    } catch {
      return 0;
    }
  }

  /** Counts one more failure and returns the count in this window (the first one starts it). */
  async add(key: string): Promise<number> {
    if (this.redis.status !== 'ready') return 0;
    try {
      const replies = await this.redis
        .multi()
        .set(this.prefix + key, 0, 'PX', this.windowMs, 'NX')
        .incr(this.prefix + key)
        .exec();
      return Number(replies?.[1]?.[1]) || 0;
    } catch {
      return 0;
    }
  }
}
