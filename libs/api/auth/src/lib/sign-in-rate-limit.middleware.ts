import type { RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { normaliseEmail } from '@gp/domain';
import type { AppConfig } from '@gp/api/core';
import {
  accountLaneMiddleware,
  SIGN_IN_ADDRESS_COUNT,
  type WarnOwner,
} from './sign-in/account-lane.middleware';
import { LIMIT_WINDOW_MS } from './sign-in/failure-count';
import { redisRateLimit, type RedisRateLimit } from './limits/redis-rate-limit';

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
  name: string;
  requestPropertyName?: string;
  keyPrefix: string;
  limit: number;
  keyGenerator: RedisRateLimit['keyGenerator'];
}

function failedSignInLimit(
  config: AppConfig,
  redis: Redis,
  { name, requestPropertyName, keyPrefix, limit, keyGenerator }: FailedSignInLimit,
): RequestHandler {
  return redisRateLimit(redis, {
    name: `sign-in-${name}`,
    keyPrefix: `${config.queuePrefix}-sign-in-${keyPrefix}`,
    limit,
    windowMs: LIMIT_WINDOW_MS,
    keyGenerator,
    counts: (status) => status === 401,
    requestPropertyName,
    code: 'too_many_sign_in_attempts',
    message: 'Too many failed sign-ins; wait 15 minutes and try again.',
  });
}
