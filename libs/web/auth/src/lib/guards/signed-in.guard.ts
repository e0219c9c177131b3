import { inject } from '@angular/core';
import { Router, type CanMatchFn } from '@angular/router';
import { SessionStore } from '@gp/web/session';

/**
 * Everything but the sign-in page needs a signed-in person; others sign in first and come back.
 * A match guard, not an activate guard: the router downloads a lazy route's children before it
 * runs activate guards, and a signed-out visitor should not download the signed-in app.
 */
export const signedInGuard: CanMatchFn = () => {
  if (inject(SessionStore).signedIn()) return true;
  const router = inject(Router);
  const going = router.currentNavigation()?.extractedUrl;
  const returnUrl = going ? router.serializeUrl(going) : router.url;
  return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl } });
};
