import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/admin/users?tab=2', '/admin/users?tab=2'],
    [undefined, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/sign-in?returnUrl=%2Fboard', '/'],
  ])('%s → %s', (given, expected) => {
    expect(safeReturnUrl(given)).toBe(expected);
  });
});
