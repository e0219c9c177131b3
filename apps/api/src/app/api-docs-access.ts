import type { INestApplication } from '@nestjs/common';
import type { RequestHandler, Response } from 'express';
import { hasAnyRole, type ApiError, type Role } from '@gp/domain';
import { AuthService } from '@gp/api/auth';

/** Every address the API documentation is served under (the page, its scripts, JSON and YAML). */
export const API_DOCS_PATH = '/api/docs';

const API_DOCS_READERS: readonly Role[] = ['admin'];

/**
 * In production the API documentation maps every route and field for whoever asks, so it is for
 * signed-in admins only; in development it stays open. The documentation is served by Swagger's
 * own routes, outside Nest's controllers and their guard, hence a middleware in front of them.
 */
export function apiDocsForAdmins(app: INestApplication): RequestHandler {
  const auth = app.get(AuthService);
  return (req, res, next) => {
    const userId = req.session?.userId;
    (userId ? auth.findSignedInUser(userId, req.sessionID) : Promise.resolve(null)).then((user) => {
      if (!user)
        return refuse(res, 401, 'unauthenticated', 'Sign in as an admin to read the API documentation.');
      if (!hasAnyRole(user.roles, API_DOCS_READERS))
        return refuse(res, 403, 'role_not_allowed', 'The API documentation is for admins.');
      next();
    }, next);
  };
}

function refuse(res: Response, statusCode: 401 | 403, code: ApiError['code'], message: string): void {
  const body: ApiError = { statusCode, code, message };
  res.status(statusCode).json(body);
}
