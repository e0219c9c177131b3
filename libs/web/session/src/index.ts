/**
 * Who is signed in: the session store (user, roles, CSRF token), its HTTP client, and the
 * providers that load it before the first route. A data-access lib, so every feature reads the
 * session itself instead of the app resolving booleans for it.
 */
export * from './lib/auth.api';
export * from './lib/session.store';
export * from './lib/provide-session';
