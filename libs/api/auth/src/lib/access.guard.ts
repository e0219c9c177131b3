import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { hasAnyRole, type CurrentUser, type Role } from '@gp/domain';
import { DomainError, PUBLIC_KEY, ROLES_KEY } from '@gp/api/core';
import { AuthService } from './auth.service';
import './session-data';

/**
 * Global guard: every route is denied unless it declares @Public() or the @Roles() that may call
 * it. The person is re-read on every request so a role change or deactivation takes effect at once,
 * with the check that their session is still stored (a sign-out in another api process).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<Request & { user?: CurrentUser }>();

    if (isPublic) return true;
    if (!roles || roles.length === 0) {
      throw new DomainError('forbidden', 'route_not_open', 'This route is not open to anyone.');
    }
    const userId = request.session?.userId;
    const user = userId ? await this.auth.findSignedInUser(userId, request.sessionID) : null;
    if (!user) throw new DomainError('unauthenticated', 'unauthenticated', 'Sign in first.');
    if (!hasAnyRole(user.roles, roles)) {
      // A code of its own, apart from a service's `forbidden` about one record, so a client and the
      // authorization matrix can tell "no role may" from "not this project".
      throw new DomainError('forbidden', 'role_not_allowed', 'Your role does not allow this.');
    }
    request.user = user;
    return true;
  }
}
