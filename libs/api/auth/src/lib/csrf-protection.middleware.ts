import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import type { Request, RequestHandler, Response } from 'express';
import { CSRF_HEADER, type ApiError } from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { SESSION_COOKIE } from './http-session.middleware';
import './session-data';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Every client before sign-in shares this identifier: its token is bound to its cookie alone. */
const ANONYMOUS = 'anonymous';

/**
 * CSRF tokens that need no stored session (csrf-csrf's signed double-submit cookie), so an
 * anonymous visitor costs no session row. A signed-in person's token is bound to their session
 * id as well, so sign-in, sign-out and a password change each hand out a new one.
 */
@Injectable()
export class CsrfTokens {
  private readonly csrf: DoubleCsrfUtilities;
  private readonly cookieName: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const https = config.appUrl.startsWith('https://');
    // The __Host- prefix keeps a sibling subdomain from planting the cookie; browsers take it over https only.
    this.cookieName = https ? '__Host-gp.csrf' : 'gp.csrf';
    // A key of its own, derived from the session secret, so one signature can never stand for the other.
    const secret = createHmac('sha256', config.sessionSecret).update('csrf token').digest('hex');
    this.csrf = doubleCsrf({
      getSecret: () => secret,
      getSessionIdentifier: (req) => (req.session?.userId ? req.sessionID : ANONYMOUS),
      cookieName: this.cookieName,
      cookieOptions: { httpOnly: true, sameSite: 'lax', secure: https, path: '/' },
      getCsrfTokenFromRequest: (req) => req.get(CSRF_HEADER),
    });
  }

  /**
   * The token for this client, set in its cookie too. `renew` after the session id changed
   * (sign-in, sign-out, password change): the old token was bound to the old id.
   */
  issue(req: Request, res: Response, renew = false): string {
    withCookie(req, this.cookieName);
    return this.csrf.generateCsrfToken(req, res, { overwrite: renew });
  }

  /** Refuses every write whose `x-csrf-token` header does not match the client's signed cookie. */
  readonly middleware: RequestHandler = (req, res, next) => {
    withCookie(req, this.cookieName);
    if (READS.has(req.method) || this.csrf.validateRequest(req)) return next();
    // The token was bound to a session that has since ended (expired, or signed out elsewhere):
    // the answer is "sign in again", which the web acts on, not "reload the page", which would
    // only lead to the sign-in page after the person lost what they typed.
    if (sessionEnded(req)) {
      const ended: ApiError = {
        statusCode: 401,
        code: 'unauthenticated',
        message: 'Your session has ended; sign in again.',
      };
      res.status(401).json(ended);
      return;
    }
    const body: ApiError = {
      statusCode: 403,
      code: 'csrf_invalid',
      message: 'The request lacks a valid CSRF token; reload the page and try again.',
    };
    res.status(403).json(body);
  };
}

/** The request names a session (its cookie) in which no one is signed in any more. */
function sessionEnded(req: Request): boolean {
  return (
    !req.session?.userId &&
    readCookie(req.headers.cookie ?? '', SESSION_COOKIE) !== undefined &&
    // Signing in is how a session starts again: a stale token there is only a page to reload.
    req.path !== '/api/auth/sign-in'
  );
}

/** csrf-csrf reads `req.cookies`; Express 5 parses none, and this one cookie is all it needs. */
function withCookie(req: Request, name: string): void {
  if (req.cookies) return;
  const value = readCookie(req.headers.cookie ?? '', name);
  req.cookies = value === undefined ? {} : { [name]: value };
}

function readCookie(header: string, name: string): string | undefined {
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      return undefined; // a mangled cookie is no cookie
    }
  }
  return undefined;
}
