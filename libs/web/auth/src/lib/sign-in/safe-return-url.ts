/**
 * Where to go after signing in: only a path inside this app, so a crafted link cannot send
 * a person on to another site (`//evil.example`, `https://…`).
 */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/\\')) {
    return '/board';
  }
  return returnUrl.startsWith('/sign-in') ? '/board' : returnUrl;
}
