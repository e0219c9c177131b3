import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, ErrorCode } from '@gp/domain/people';

const CODE_OF_STATUS: Readonly<Record<number, ErrorCode>> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  429: 'too_many_requests',
};

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as ApiError).code === 'string';
}

/**
 * Every failure as the API's ApiError shape, including the ones the API never answered
 * (offline, a proxy's HTML error page), so pages handle one shape.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    if (isApiError(error.error)) return error.error;
    if (error.status === 0) return { statusCode: 0, code: 'network_error', message: error.message };
    const code = CODE_OF_STATUS[error.status] ?? (error.status >= 500 ? 'internal_error' : 'unexpected');
    return { statusCode: error.status, code, message: error.message };
  }
  if (isApiError(error)) return error;
  return { statusCode: 0, code: 'unexpected', message: String(error) };
}
