import type { ApiError, ApiErrorCode } from '@gp/domain';

/**
 * What a service throws when a request cannot be done. The exception filter maps it to HTTP;
 * services never throw HttpExceptions themselves.
 */
export type DomainErrorKind =
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'invalid'
  | 'unauthenticated'
  | 'unavailable'
  | 'too_many_requests';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    /** A stable machine code, e.g. `stale_version`, `email_taken`; the web has a text for each. */
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Pick<ApiError, 'errors' | 'current' | 'reasons'> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError('not_found', 'not_found', `${what} was not found.`);
  }

  /** A write based on an old version: the caller gets the record as it is now. */
  static staleVersion(current: unknown): DomainError {
    return new DomainError(
      'conflict',
      'stale_version',
      'Someone else saved a newer version; reload and try again.',
      { current },
    );
  }

  static invalid(field: string, message: string, code: ApiErrorCode = 'validation_failed'): DomainError {
    return new DomainError('invalid', code, message, { errors: { [field]: [message] } });
  }
}
