import type { Route } from '@angular/router';
import { signedOutGuard } from './guards/signed-out.guard';

/** The sign-in page, loaded only when someone needs it. */
export const signInRoute: Route = {
  path: 'sign-in',
  title: 'signIn.heading',
  canActivate: [signedOutGuard],
  loadComponent: () => import('./sign-in/sign-in.page').then((m) => m.SignInPage),
};

/** One's own account; goes inside the signed-in shell. */
export const accountRoute: Route = {
  path: 'account',
  title: 'account.heading',
  loadComponent: () => import('./account/account.page').then((m) => m.AccountPage),
};
