/**
 * What the HTTP layer needs from whoever keeps the session: the CSRF token for writes, and
 * someone to tell when the server says the session is gone. The session store lives in the
 * auth lib, which this util lib may not import, so auth provides this class.
 */
export abstract class ApiSession {
  abstract csrfToken(): string | null;
  abstract sessionExpired(returnUrl: string): void;
}
