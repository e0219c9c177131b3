import { randomUUID } from 'node:crypto';

/**
 * Routes that change something even when probed with an empty body and no path id (one of them a
 * read). The matrix
 * calls them after the check that nothing changed, once per caller, in this order: sign-out last,
 * because it ends the caller's session. Everything they change is in this suite's own database
 * copy and Redis key prefix.
 */
export const CALLED_LAST: Readonly<Record<string, string>> = {
  'GET /api/calendar/feed': 'makes the caller’s calendar feed address on first asking',
  'POST /api/mail-log/test': 'queues a test email to the caller',
  'POST /api/calendar/feed': 'renews the caller’s calendar feed, ending the old address',
  'POST /api/auth/sign-out': 'ends the caller’s session',
};

/**
 * The address a probe calls: a fresh random UUID for every path parameter, so an allowed caller
 * reaches the handler and gets 404 or 422 instead of changing a record.
 */
export function probePath(path: string): string {
  return path.replace(/:[A-Za-z]+/g, () => randomUUID());
}

/**
 * Writes send an empty object: with a random id there is no record to change, and without one
 * the DTO's required fields refuse it. The routes where neither holds are CALLED_LAST, and the
 * matrix fails when any other write answers 2xx to its probe.
 */
export function probeBody(method: string): object | undefined {
  return ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
}
