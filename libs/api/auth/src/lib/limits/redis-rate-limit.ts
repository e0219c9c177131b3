import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { ApiError, ApiErrorCode } from '@gp/domain';

/** One limit on a public route, counted in Redis so every api process sees the same count. */
export interface RedisRateLimit {
  /** Names the policy in the RateLimit headers: several limits may answer on one route. */
  name: string;
  /** The Redis key prefix, the run's queue prefix included. */
  keyPrefix: string;
  limit: number;
  windowMs: number;
  keyGenerator: (req: { ip?: string; body?: Record<string, unknown> }) => string;
  /**
   * Which answers count: all of them when left out (asking for a reset link costs a try however
   * it goes), or only some (failed sign-ins: a person who types right is never limited).
   */
  counts?: (status: number) => boolean;
  /** Where the count is left on the request for the middleware after it; `rateLimit` by default. */
  requestPropertyName?: string;
  /** The 429's code and message. */
  code: ApiErrorCode;
  message: string;
}

/**
 * A fixed-window limit that answers 429 with the API's error shape. While Redis is down requests
 * pass: people can still sign in or ask for a link, and the limit returns with Redis.
 */
export function redisRateLimit(
  redis: Redis,
  { name, keyPrefix, limit, windowMs, keyGenerator, counts, requestPropertyName = 'rateLimit', code, message }: RedisRateLimit,
): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    skipSuccessfulRequests: counts !== undefined,
    requestWasSuccessful: (_req, res) => !counts?.(res.statusCode),
    passOnStoreError: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: name,
    requestPropertyName,
    keyGenerator,
    store: new RedisStore({
      prefix: keyPrefix,
      sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
    }),
    handler: (_req, res) => {
      const body: ApiError = { statusCode: 429, code, message };
      res.status(429).json(body);
    },
  });
}
