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

/** "Forgot password": asks for the address the link goes to; loaded only when someone needs it. */
export const forgotPasswordRoute: Route = {
  path: 'forgot-password',
  canActivate: [signedOutGuard],
  loadChildren: () => import('./password-reset/password-reset.routes').then((m) => m.forgotPasswordRoutes),
};

/**
 * Where the emailed link leads. No signed-out guard: the link may be opened in a browser where
 * someone is signed in, and using it signs out every session of its account anyway.
 */
export const newPasswordRoute: Route = {
  path: 'new-password',
  loadChildren: () => import('./password-reset/password-reset.routes').then((m) => m.newPasswordRoutes),
};
