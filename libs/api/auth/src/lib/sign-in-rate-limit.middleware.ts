import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { normaliseEmail, type ApiError } from '@gp/domain';
import type { AppConfig } from '@gp/api/core';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/**
 * Counts failed sign-ins per client address and account, shared by every api process through
 * Redis. Successful sign-ins do not count, so a person who types right is never locked out.
 */
export function signInRateLimitMiddleware(config: AppConfig, redis: Redis): RequestHandler {
  return rateLimit({
    windowMs: FIFTEEN_MINUTES,
    limit: config.signInAttempts,
    skipSuccessfulRequests: true,
    // While Redis is down people can still sign in; the limit returns with Redis.
    passOnStoreError: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const email = typeof req.body?.email === 'string' ? normaliseEmail(req.body.email) : '';
      return `${ipKeyGenerator(req.ip ?? 'unknown')}|${email}`;
    },
    store: new RedisStore({
      prefix: `${config.queuePrefix}-sign-in-`,
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
