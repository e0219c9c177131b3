import type { Request, RequestHandler } from 'express';
import { hasNulCharacter, type ApiError } from '@gp/domain';

/**
 * Refuses U+0000 in the address, the query and the JSON body (values and keys, at any depth),
 * before any controller sees the request: PostgreSQL cannot store it in text and fails the
 * query instead, and no field of this desk has a use for it. The answer names the field.
 */
export const nulCharacterMiddleware: RequestHandler = (req, res, next) => {
  const refusal = refusalOf(req);
  if (refusal) res.status(refusal.statusCode).json(refusal);
  else next();
};

function refusalOf(req: Request): ApiError | null {
  const path = decodedPath(req.path);
  if (path === null)
    return { statusCode: 400, code: 'bad_request', message: 'The address is not valid percent-encoding.' };
  const field = hasNulCharacter(path) ? 'path' : (nulFieldIn(req.query) ?? nulFieldIn(req.body));
  if (field === null) return null;
  const message = `${field} must not contain the NUL character (U+0000)`;
  return { statusCode: 400, code: 'control_character', message, errors: { [field]: [message] } };
}

function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * The dotted path of the first value or key holding NUL, e.g. `partners.0.organisation`, or null.
 * Bodies are at most JSON_MAX_DEPTH deep by now, so the recursion is bounded.
 */
export function nulFieldIn(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return hasNulCharacter(value) ? path || 'body' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (hasNulCharacter(key)) return childPath.replaceAll('\u0000', '\\u0000');
    const found = nulFieldIn(child, childPath);
    if (found !== null) return found;
  }
  return null;
}
