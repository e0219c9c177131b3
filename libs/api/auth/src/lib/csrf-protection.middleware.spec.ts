import type { Request, Response } from 'express';
import type { AppConfig } from '@gp/api/core';
import { CsrfTokens } from './csrf-protection.middleware';

const config = (appUrl: string) =>
  ({ appUrl, sessionSecret: 'a test secret of at least thirty-two characters' }) as AppConfig;

/** A browser's view of one client: the cookies it holds and, for a signed-in one, its session. */
class Client {
  cookies = new Map<string, { value: string; options: Record<string, unknown> }>();
  constructor(public session: { id: string; userId?: string } | null = null) {}

  request(method: string, token?: string): Request {
    const cookie = [...this.cookies].map(([name, c]) => `${name}=${encodeURIComponent(c.value)}`).join('; ');
    return {
      method,
      headers: { cookie },
      get: (name: string) => (name.toLowerCase() === 'x-csrf-token' ? token : undefined),
      session: this.session ? { userId: this.session.userId } : undefined,
      sessionID: this.session?.id,
    } as unknown as Request;
  }

  response(): Response & { statusCode?: number } {
    const res = {
      cookie: (name: string, value: string, options: Record<string, unknown>) => {
        this.cookies.set(name, { value, options });
        return res;
      },
      status: (code: number) => {
        res.statusCode = code;
        return res;
      },
      json: () => res,
    } as unknown as Response & { statusCode?: number };
    return res;
  }
}

function passes(tokens: CsrfTokens, client: Client, method: string, token?: string): boolean {
  let passed = false;
  tokens.middleware(client.request(method, token), client.response(), () => (passed = true));
  return passed;
}

describe('CsrfTokens', () => {
  const tokens = new CsrfTokens(config('http://localhost:3000'));

  it('lets reads through and refuses a write without a token', () => {
    const client = new Client();
    expect(passes(tokens, client, 'GET')).toBe(true);
    expect(passes(tokens, client, 'POST')).toBe(false);
  });

  it('accepts an anonymous client’s own token, not another client’s', () => {
    const mine = new Client();
    const theirs = new Client();
    const myToken = tokens.issue(mine.request('GET'), mine.response());
    const theirToken = tokens.issue(theirs.request('GET'), theirs.response());
    expect(passes(tokens, mine, 'POST', myToken)).toBe(true);
    expect(passes(tokens, mine, 'POST', theirToken)).toBe(false);
    expect(passes(tokens, new Client(), 'POST', myToken)).toBe(false);
  });

  it('binds a signed-in token to the session id, so a new id needs a new token', () => {
    const client = new Client({ id: 'first-id', userId: 'u1' });
    const token = tokens.issue(client.request('GET'), client.response());
    expect(passes(tokens, client, 'POST', token)).toBe(true);
    client.session = { id: 'second-id', userId: 'u1' };
    expect(passes(tokens, client, 'POST', token)).toBe(false);
    const renewed = tokens.issue(client.request('POST'), client.response(), true);
    expect(renewed).not.toBe(token);
    expect(passes(tokens, client, 'POST', renewed)).toBe(true);
  });

  it('keeps a valid token on a reread, and replaces it when asked to renew', () => {
    const client = new Client();
    const first = tokens.issue(client.request('GET'), client.response());
    expect(tokens.issue(client.request('GET'), client.response())).toBe(first);
    expect(tokens.issue(client.request('GET'), client.response(), true)).not.toBe(first);
  });

  it('refuses a cookie signed with another secret', () => {
    const other = new CsrfTokens({ ...config('http://localhost:3000'), sessionSecret: 'x'.repeat(40) });
    const client = new Client();
    const forged = other.issue(client.request('GET'), client.response());
    expect(passes(tokens, client, 'POST', forged)).toBe(false);
  });

  it('sets an httpOnly, SameSite=Lax cookie; __Host- and Secure under https', () => {
    const plain = new Client();
    tokens.issue(plain.request('GET'), plain.response());
    expect(plain.cookies.get('gp.csrf')?.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/',
    });

    const secure = new Client();
    new CsrfTokens(config('https://desk.kommun.se')).issue(secure.request('GET'), secure.response());
    expect(secure.cookies.get('__Host-gp.csrf')?.options).toMatchObject({
      httpOnly: true,
      secure: true,
      path: '/',
    });
  });
});
