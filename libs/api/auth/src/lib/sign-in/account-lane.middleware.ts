import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { normaliseEmail } from '@gp/domain';
import { passwordWork, type AppConfig, type GatePriority } from '@gp/api/core';
import { FailureCount } from './failure-count';
import { KnownAddresses } from './known-addresses';
import { clientOf } from './password-work.middleware';

/**
 * Where the per-address limit leaves its count on the request: `used` is the address's failed
 * sign-ins in the window plus its attempts in flight, this one included.
 */
export const SIGN_IN_ADDRESS_COUNT = 'signInAddressCount';

/** At most one warning email per account in this time, however long an attack lasts. */
const WARNING_EVERY_MS = 24 * 60 * 60 * 1000;

/** Tells an account's owner that someone is trying to sign in as them. */
export type WarnOwner = (email: string) => Promise<void>;

/**
 * The per-account limit, which is no lockout: past `signInAccountAttempts` failures from any
 * address, a sign-in to that account waits a growing interval before its password is checked and
 * its hash runs after everyone else's, while the account's owner gets one email. Before that, an
 * account with any failure lately is doubted: its hashes wait behind those of accounts nobody got
 * wrong. An address that signed in to the account before skips all of it, so an attacker cannot
 * keep the owner out.
 */
export function accountLaneMiddleware(config: AppConfig, redis: Redis, warnOwner: WarnOwner): RequestHandler {
  const prefix = `${config.queuePrefix}-sign-in-`;
  const failures = new FailureCount(redis, `${prefix}account-`);
  const known = new KnownAddresses(redis, `${prefix}known-`);

  async function laneOf(
    account: string,
    client: string,
    addressBusy: boolean,
  ): Promise<{ priority: GatePriority; waitMs: number }> {
    if (await known.has(account, client)) return { priority: 'known', waitMs: 0 };
    const failed = await failures.of(account);
    // An address that failed lately, or tries several at once, is doubted too: guesses spread over
    // many accounts (one each, as credential stuffing does) wait behind people all the same.
    if (failed === 0) return { priority: addressBusy ? 'doubted' : 'normal', waitMs: 0 };
    const past = failed - config.signInAccountAttempts;
    if (past < 0) return { priority: 'doubted', waitMs: 0 };
    return {
      priority: 'slowed',
      waitMs: Math.min(config.signInSlowDelayMs * (past + 1), config.signInSlowDelayMaxMs),
    };
  }

  async function afterAttempt(account: string, client: string, status: number): Promise<void> {
    if (status === 200) return known.remember(account, client);
    if (status !== 401) return;
    // INCR gives each failure its own number: exactly one sees the limit reached in a window.
    if ((await failures.add(account)) !== config.signInAccountAttempts) return;
    const first = await redis
      .set(`${prefix}warned-${account}`, '1', 'PX', WARNING_EVERY_MS, 'NX')
      .catch(() => null);
    if (first === 'OK') await warnOwner(account);
  }

  return (req, res, next) => {
    const account = typeof req.body?.email === 'string' ? normaliseEmail(req.body.email) : '';
    const client = clientOf(req);
    if (!account) return passwordWork.run({ client, priority: 'normal' }, next);
    const addressCount = (req as unknown as Record<string, { used?: number } | undefined>)[
      SIGN_IN_ADDRESS_COUNT
    ];
    laneOf(account, client, (addressCount?.used ?? 1) > 1).then(({ priority, waitMs }) => {
      res.on('finish', () => void afterAttempt(account, client, res.statusCode).catch(() => undefined));
      // The wait costs a timer, not a hash: the attempt's password is checked after it.
      setTimeout(() => passwordWork.run({ client, priority }, next), waitMs);
    }, next);
  };
}
