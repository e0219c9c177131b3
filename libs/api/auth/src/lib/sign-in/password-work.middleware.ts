import type { RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { passwordWork } from '@gp/api/core';

/** The client a request's password hashes are counted to: its address, IPv6 by /56 as the limits do. */
export function clientOf(req: { ip?: string }): string {
  return ipKeyGenerator(req.ip ?? 'unknown');
}

/**
 * Every request's password work (a sign-in, a password change, an admin creating an account) is
 * counted to its client's address, so the password gate serves clients in turn.
 */
export const passwordWorkMiddleware: RequestHandler = (req, _res, next) =>
  passwordWork.run({ client: clientOf(req), priority: 'normal' }, next);
