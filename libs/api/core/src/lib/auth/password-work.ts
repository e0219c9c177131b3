import { AsyncLocalStorage } from 'node:async_hooks';
import type { GatePriority } from './fair-gate';

/** Whose request a password hash serves, and how urgently. */
export interface PasswordWork {
  /** The client's address (as express-rate-limit keys it), so the gate takes clients in turn. */
  client: string;
  priority: GatePriority;
}

/**
 * Set by the HTTP middleware for the rest of the request, so the hasher knows whose work it does
 * without every service that checks a password passing the address along. Work outside a request
 * (demo data, scripts) is `internal` and `normal`.
 */
export const passwordWork = new AsyncLocalStorage<PasswordWork>();

export function currentPasswordWork(): PasswordWork {
  return passwordWork.getStore() ?? { client: 'internal', priority: 'normal' };
}
