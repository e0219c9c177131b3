import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ROLES, type CurrentUser as CurrentUserShape, type Role } from '@gp/domain';

export const ROLES_KEY = 'gp:roles';
export const PUBLIC_KEY = 'gp:public';

/** The roles that may call a route. A route with neither @Roles nor @Public is denied to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Every role: any signed-in person. */
export const ALL_ROLES: Role[] = [...ROLES];

/** The signed-in person, as the access guard loaded them for this request. */
export const SignedInUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): CurrentUserShape => {
    return context.switchToHttp().getRequest().user;
  },
);
