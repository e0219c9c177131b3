// The HTTP layer as its own entry point, for what starts the app and the session: see i18n.ts.
export * from './lib/http/api-session';
export * from './lib/http/api-session.interceptor';
export * from './lib/http/api-error';
export * from './lib/http/call-api';
export * from './lib/http/error-keys';
export * from './lib/http/provide-api-http';
