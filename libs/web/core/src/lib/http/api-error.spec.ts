import { HttpErrorResponse } from '@angular/common/http';
import { errorKey, fieldErrorKey } from './error-keys';
import { toApiError } from './api-error';

describe('toApiError', () => {
  it('keeps the API’s own error body', () => {
    const body = { statusCode: 409, code: 'stale_version', message: 'x', current: { id: '1' } };
    expect(toApiError(new HttpErrorResponse({ status: 409, error: body }))).toEqual(body);
  });

  it('names a request that never reached the server a network error', () => {
    expect(toApiError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })).code).toBe(
      'network_error',
    );
  });

  it('gives a proxy’s HTML error page a code from its status', () => {
    expect(toApiError(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' })).code).toBe(
      'internal_error',
    );
    expect(toApiError(new HttpErrorResponse({ status: 429, error: null })).code).toBe('too_many_requests');
  });
});

describe('error keys', () => {
  it('translates known codes and falls back for unknown ones', () => {
    expect(errorKey('stale_version')).toBe('errors.stale_version');
    expect(errorKey('something_new')).toBe('errors.unexpected');
    expect(errorKey('toString')).toBe('errors.unexpected');
  });

  it('shows plain validation failures under a field as "not accepted"', () => {
    expect(fieldErrorKey('validation_failed')).toBe('validation.invalid');
    expect(fieldErrorKey('email_taken')).toBe('errors.email_taken');
  });
});
