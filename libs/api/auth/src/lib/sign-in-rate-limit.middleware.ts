import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { normaliseEmail, type ApiError } from '@gp/domain';
import type { AppConfig } from '@gp/api/core';
import {
  accountLaneMiddleware,
  SIGN_IN_ADDRESS_COUNT,
  type WarnOwner,
} from './sign-in/account-lane.middleware';
import { LIMIT_WINDOW_MS } from './sign-in/failure-count';

/**
 * The sign-in limits, shared by every api process through Redis, in the order they apply:
 * failed sign-ins per client address across accounts, then per address and account (both answer
 * 429 before any password is hashed), then the per-account slow path (see accountLaneMiddleware).
 * Only wrong credentials (401) count: a person who types right is never limited, and malformed
 * input (422) costs no hash.
 */
export function signInRateLimitMiddleware(
  config: AppConfig,
  redis: Redis,
  warnOwner: WarnOwner,
): RequestHandler[] {
  const emailOf = (body: { email?: unknown } | undefined) =>
    typeof body?.email === 'string' ? normaliseEmail(body.email) : '';
  return [
    failedSignInLimit(config, redis, {
      name: 'address',
      requestPropertyName: SIGN_IN_ADDRESS_COUNT,
      keyPrefix: 'address-',
      limit: config.signInAddressAttempts,
      keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
    }),
    failedSignInLimit(config, redis, {
      name: 'address-and-account',
      // The keys this limit has always had, so counts in Redis survive an upgrade.
      keyPrefix: '',
      limit: config.signInAttempts,
      keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? 'unknown')}|${emailOf(req.body)}`,
    }),
    accountLaneMiddleware(config, redis, warnOwner),
  ];
}

interface FailedSignInLimit {
  /** Names the policy in the RateLimit headers: two limits answer on one route. */
  name: string;
  /** Where the count is left on the request for the middleware after it; `rateLimit` by default. */
  requestPropertyName?: string;
  keyPrefix: string;
  limit: number;
  keyGenerator: (req: { ip?: string; body?: { email?: unknown } }) => string;
}

function failedSignInLimit(
  config: AppConfig,
  redis: Redis,
  { name, requestPropertyName = 'rateLimit', keyPrefix, limit, keyGenerator }: FailedSignInLimit,
): RequestHandler {
  return rateLimit({
    windowMs: LIMIT_WINDOW_MS,
    limit,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    // While Redis is down people can still sign in; the limit returns with Redis.
    passOnStoreError: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: `sign-in-${name}`,
    requestPropertyName,
    keyGenerator,
    store: new RedisStore({
      prefix: `${config.queuePrefix}-sign-in-${keyPrefix}`,
      sendCommand: (command: string, ...args: string[]) =>
        redis.call(command, ...args) as Promise<RedisReply>,
    }),
    handler: (_req, res) => {
      const body: ApiError = {
        statusCode: 429,
        code: 'too_many_sign_in_attempts',
        message: 'Too many failed sign-ins; wait 15 minutes and try again.',
      };
      res.status(429).json(body);
    },
  });
}
