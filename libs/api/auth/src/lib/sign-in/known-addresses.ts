import type { Redis } from 'ioredis';

const REMEMBERED_MS = 30 * 24 * 60 * 60 * 1000;
/** Enough for home, work, a phone and a few networks more; the oldest are forgotten first. */
const REMEMBERED_PER_ACCOUNT = 20;

/**
 * Addresses that signed in to an account with its password in the last 30 days. An attacker
 * guessing at the account is not one of them, so its owner, signing in from where they usually
 * do, skips the slow path the attack put the account on, and goes first at the password gate.
 */
export class KnownAddresses {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async has(account: string, client: string): Promise<boolean> {
    // While Redis is down nobody is slowed either, so nobody needs to be known.
    if (this.redis.status !== 'ready') return false;
    try {
      const since = await this.redis.zscore(this.prefix + account, client);
      return since !== null && Number(since) > Date.now() - REMEMBERED_MS;
    } catch {
      return false;
    }
  }

  async remember(account: string, client: string): Promise<void> {
    const key = this.prefix + account;
    if (this.redis.status !== 'ready') return;
    try {
      await this.redis
        .multi()
        .zadd(key, Date.now(), client)
        .zremrangebyrank(key, 0, -REMEMBERED_PER_ACCOUNT - 1)
        .pexpire(key, REMEMBERED_MS)
        .exec();
    } catch {
      // Not remembered this time: the next sign-in tries again.
    }
  }
}
