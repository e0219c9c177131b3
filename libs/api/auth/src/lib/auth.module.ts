import { INestApplication, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, PasswordHasher, REDIS } from '@gp/api/core';
import { PasswordResetEntity, UserAccountEntity } from '@gp/api/data';
import { MailOutboxModule } from '@gp/api/mail';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfTokens } from './csrf-protection.middleware';
import { httpSessionMiddleware } from './http-session.middleware';
import { passwordResetLimits, passwordResetRequestLimits } from './password-reset/password-reset-limits.middleware';
import { PasswordResetController } from './password-reset/password-reset.controller';
import { PasswordResetService } from './password-reset/password-reset.service';

import { SessionStore } from './session-store.service';
import { passwordWorkMiddleware } from './sign-in/password-work.middleware';
import { signInRateLimitMiddleware } from './sign-in-rate-limit.middleware';

@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity, PasswordResetEntity]), MailOutboxModule],
  controllers: [AuthController, PasswordResetController],
  providers: [
    AuthService,
    CsrfTokens,
    PasswordHasher,
    PasswordResetService,
    SessionStore,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}

/**
 * Sessions, CSRF and the sign-in and password-reset limits, in that order, before any route. Call after the JSON
 * body parser is in place: the limits key on the email in the body.
 */
export function applyAuthMiddleware(app: INestApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  app.use(httpSessionMiddleware(config, pool));
  app.use(app.get(CsrfTokens).middleware);
  app.use(passwordWorkMiddleware);
  const auth = app.get(AuthService);
  const redis = app.get<Redis>(REDIS);
  app.use(
    '/api/auth/sign-in',
    signInRateLimitMiddleware(config, redis, (email) => auth.warnOfSignInAttempts(email)),
  );
  app.use('/api/auth/password-reset-requests', passwordResetRequestLimits(config, redis));
  app.use('/api/auth/password-resets', passwordResetLimits(config, redis));
}
