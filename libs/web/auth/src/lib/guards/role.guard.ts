import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '@gp/domain/people';
import { SessionStore } from '@gp/web/session';

/**
 * A route for some roles only. The API enforces the same; this spares a person a page
 * that could only show "forbidden". Others land on the board.
 */
export function roleGuard(...roles: readonly Role[]): CanActivateFn {
  return () => inject(SessionStore).holdsAnyRole(roles) || inject(Router).createUrlTree(['/board']);
}
