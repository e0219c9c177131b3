import { csrfSync } from 'csrf-sync';
import type { Request, RequestHandler } from 'express';
import { CSRF_HEADER, type ApiError } from '@gp/domain';
import './session-data';

const csrf = csrfSync({
  getTokenFromRequest: (req: Request) => req.get(CSRF_HEADER),
});

/** The synchronizer token of this session, created on first use. */
export function csrfTokenOf(req: Request, renew = false): string {
  return csrf.generateToken(req, renew);
}

/** Refuses every write whose `x-csrf-token` header does not match the session's token. */
export const csrfProtectionMiddleware: RequestHandler = (req, res, next) => {
  csrf.csrfSynchronisedProtection(req, res, (error?: unknown) => {
    if (!error) return next();
    const body: ApiError = {
      statusCode: 403,
      code: 'csrf_invalid',
      message: 'The request lacks a valid CSRF token; reload the page and try again.',
    };
    res.status(403).json(body);
  });
};
