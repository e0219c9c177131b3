import { INestApplication, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, PasswordHasher, REDIS } from '@gp/api/core';
import { UserAccountEntity } from '@gp/api/data';
import { MailOutboxModule } from '@gp/api/mail';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfTokens } from './csrf-protection.middleware';
import { httpSessionMiddleware } from './http-session.middleware';

import { SessionStore } from './session-store.service';
import { passwordWorkMiddleware } from './sign-in/password-work.middleware';
import { signInRateLimitMiddleware } from './sign-in-rate-limit.middleware';

@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity]), MailOutboxModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    CsrfTokens,
    PasswordHasher,
    SessionStore,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}

/**
 * Sessions, CSRF and the sign-in limits, in that order, before any route. Call after the JSON
 * body parser is in place: the limits key on the email in the body.
 */
export function applyAuthMiddleware(app: INestApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  app.use(httpSessionMiddleware(config, pool));
  app.use(app.get(CsrfTokens).middleware);
  app.use(passwordWorkMiddleware);
  const auth = app.get(AuthService);
  app.use(
    '/api/auth/sign-in',
    signInRateLimitMiddleware(config, app.get<Redis>(REDIS), (email) => auth.warnOfSignInAttempts(email)),
  );
}
