import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@gp/web/session';

/** Everything but the sign-in page needs a signed-in person; others sign in first and come back. */
export const signedInGuard: CanActivateFn = (_route, state) =>
  inject(SessionStore).signedIn() ||
  inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
