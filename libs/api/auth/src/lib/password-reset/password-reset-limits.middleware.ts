import type { RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { normaliseEmail } from '@gp/domain';
import type { AppConfig } from '@gp/api/core';
import { redisRateLimit } from '../limits/redis-rate-limit';

const HOUR_MS = 60 * 60 * 1000;
/** Links asked for one address from one client in an hour: enough for a lost email or two. */
export const RESET_REQUESTS_PER_ACCOUNT_AND_CLIENT = 5;
/**
 * Links asked for one address in an hour, from anywhere. Higher than the above: someone who spends
 * one client's five must not thereby stop the address's owner, asking from their own machine.
 */
export const RESET_REQUESTS_PER_ACCOUNT = 20;
/** Links asked from one client address in an hour, whatever the addresses. */
export const RESET_REQUESTS_PER_CLIENT = 20;
/** Refused uses of links from one client address in an hour. */
export const RESET_FAILURES_PER_CLIENT = 20;

const clientOf = (req: { ip?: string }) => ipKeyGenerator(req.ip ?? 'unknown');
const tooMany = {
  code: 'too_many_reset_requests',
  message: 'Too many requests for a new password; wait an hour and try again.',
} as const;

/**
 * Asking for a link: every request counts, whether the address is an account or not, so the
 * 429 tells nothing either. Per address and client first, then per address from anywhere, so one
 * person's inbox is not flooded from many clients, and one client's requests cannot keep the
 * owner from a link; then per client, so one client cannot mail many people.
 */
export function passwordResetRequestLimits(config: AppConfig, redis: Redis): RequestHandler[] {
  // A body without an address (refused as 422 further on) counts to its client, not to one shared key.
  const addressOf = (req: { ip?: string; body?: Record<string, unknown> }) =>
    typeof req.body?.['email'] === 'string' ? normaliseEmail(req.body['email']) : `no-address|${clientOf(req)}`;
  return [
    redisRateLimit(redis, {
      name: 'password-reset-account-client',
      keyPrefix: `${config.queuePrefix}-reset-account-client-`,
      limit: RESET_REQUESTS_PER_ACCOUNT_AND_CLIENT,
      windowMs: HOUR_MS,
      keyGenerator: (req) => `${addressOf(req)}|${clientOf(req)}`,
      ...tooMany,
    }),
    redisRateLimit(redis, {
      name: 'password-reset-account',
      keyPrefix: `${config.queuePrefix}-reset-account-`,
      limit: RESET_REQUESTS_PER_ACCOUNT,
      windowMs: HOUR_MS,
      keyGenerator: addressOf,
      ...tooMany,
    }),
    redisRateLimit(redis, {
      name: 'password-reset-client',
      keyPrefix: `${config.queuePrefix}-reset-client-`,
      limit: RESET_REQUESTS_PER_CLIENT,
      windowMs: HOUR_MS,
      keyGenerator: clientOf,
      ...tooMany,
    }),
  ];
}

/** Using a link: refused uses count per client, so no one tries secrets by the thousand. */
export function passwordResetLimits(config: AppConfig, redis: Redis): RequestHandler {
  return redisRateLimit(redis, {
    name: 'password-reset-use',
    keyPrefix: `${config.queuePrefix}-reset-use-`,
    limit: RESET_FAILURES_PER_CLIENT,
    windowMs: HOUR_MS,
    keyGenerator: clientOf,
    counts: (status) => status >= 400,
    ...tooMany,
  });
}
