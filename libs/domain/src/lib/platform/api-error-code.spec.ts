import { API_ERROR_CODES, CLIENT_ERROR_CODES, isApiErrorCode } from './api-error-code';

describe('error codes', () => {
  it('names each code once, and no client code is one the API answers', () => {
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
    expect(CLIENT_ERROR_CODES.filter((code) => isApiErrorCode(code))).toEqual([]);
  });

  it('tells an API code from any other string', () => {
    expect(isApiErrorCode('stale_version')).toBe(true);
    expect(isApiErrorCode('something_else')).toBe(false);
  });
});
