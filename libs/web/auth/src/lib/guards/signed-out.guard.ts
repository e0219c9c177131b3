import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionStore } from '@gp/web/session';

/** A signed-in person who opens the sign-in page goes to the board instead. */
export const signedOutGuard: CanActivateFn = () =>
  !inject(SessionStore).signedIn() || inject(Router).createUrlTree(['/board']);
