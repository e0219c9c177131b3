import session from 'express-session';
import type { RequestHandler } from 'express';
import type { Pool } from 'pg';
import type { AppConfig } from '@gp/api/core';
import { rarelyTouchedPgStore } from './rarely-touched-pg-store';
import './session-data';

export const SESSION_COOKIE = 'gp.sid';
const EIGHT_HOURS = 8 * 60 * 60 * 1000;

/**
 * Server-side sessions in PostgreSQL, on the application's own pool (the embedded database
 * serves one connection per process). The cookie is httpOnly and SameSite=Lax; Secure whenever
 * the app is served over https. A working day's idle time signs a person out.
 *
 * `rolling` renews the browser's cookie on every answer (a header, free); the row in the database
 * is renewed at most once per `config.sessionTouchSeconds`, so reads do not write.
 */
export function httpSessionMiddleware(config: AppConfig, pool: Pool): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: rarelyTouchedPgStore({
      pool,
      tableName: 'session',
      createTableIfMissing: false,
      pruneSessionInterval: 15 * 60,
      touchSeconds: config.sessionTouchSeconds,
    }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.appUrl.startsWith('https://'),
      maxAge: EIGHT_HOURS,
      path: '/',
    },
  });
}
