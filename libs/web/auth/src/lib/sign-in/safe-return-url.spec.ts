import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/admin/users?tab=2', '/admin/users?tab=2'],
    [undefined, '/board'],
    ['', '/board'],
    ['https://evil.example/', '/board'],
    ['//evil.example/', '/board'],
    ['/\\evil.example/', '/board'],
    ['/sign-in?returnUrl=%2Fboard', '/board'],
  ])('%s → %s', (given, expected) => {
    expect(safeReturnUrl(given)).toBe(expected);
  });
});
