/**
 * Where to go after signing in: only a path inside this app, so a crafted link cannot send
 * a person on to another site (`//evil.example`, `https://…`). Without one, the root, which opens
 * the person's landing page (the reports for a viewer, the board for everyone else).
 */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/\\')) {
    return '/';
  }
  return returnUrl.startsWith('/sign-in') ? '/' : returnUrl;
}
