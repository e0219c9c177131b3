export * from './lib/auth.module';
export { SESSION_COOKIE } from './lib/http-session.middleware';
export { AuthService } from './lib/auth.service';
