import type { Routes } from '@angular/router';
import { forgotPasswordRoute, newPasswordRoute, signInRoute, signedInGuard } from '@gp/web/auth';

export const appRoutes: Routes = [
  signInRoute,
  forgotPasswordRoute,
  newPasswordRoute,
  {
    path: '',
    // Lazy, and matched (so downloaded) only for a signed-in person: the sign-in page waits for
    // none of the toolbar, navigation, icons and page routes, and neither does a signed-out
    // visitor on their way to it.
    canMatch: [signedInGuard],
    loadChildren: () => import('./shell/shell.routes').then((m) => m.shellRoutes),
  },
];
