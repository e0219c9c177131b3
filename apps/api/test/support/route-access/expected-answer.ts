import { hasAnyRole, type ApiErrorCode, type Role } from '@gp/domain';
import type { RouteAccess } from './discover-routes';

/** The codes only the access guard answers with. */
const GUARD_CODES: readonly ApiErrorCode[] = ['unauthenticated', 'role_not_allowed', 'route_not_open'];

/** A caller: the roles of a signed-in person, or null for a stranger with no session. */
export type CallerRoles = readonly Role[] | null;

/**
 * What is wrong with one answer, or null when it is what the route's access says: a stranger
 * gets 401 on a route that is not public, a role not on the list gets the guard's 403, a route
 * open to no one is refused to all, and an allowed caller never meets the guard's refusal.
 */
export function accessProblem(
  access: RouteAccess,
  caller: CallerRoles,
  answer: { status: number; code: unknown },
): string | null {
  const { status, code } = answer;
  if (status >= 500) return `answered ${status} ${String(code)}`;
  // The probe sends the session's CSRF token; a CSRF refusal would hide the guard's answer.
  if (code === 'csrf_invalid') return 'refused by the CSRF check before the access guard';
  const refusal = expectedRefusal(access, caller);
  if (refusal) {
    return status === refusal.status && code === refusal.code
      ? null
      : `expected ${refusal.status} ${refusal.code}, got ${status} ${String(code)}`;
  }
  return GUARD_CODES.includes(code as ApiErrorCode)
    ? `allowed, yet refused: ${status} ${String(code)}`
    : null;
}

function expectedRefusal(
  access: RouteAccess,
  caller: CallerRoles,
): { status: number; code: ApiErrorCode } | null {
  if (access === 'public') return null;
  if (access.length === 0) return { status: 403, code: 'route_not_open' };
  if (caller === null) return { status: 401, code: 'unauthenticated' };
  if (!hasAnyRole(caller, access)) return { status: 403, code: 'role_not_allowed' };
  return null;
}
