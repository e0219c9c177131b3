import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { UserAccount } from '@gp/domain';
import { UserAccountEntity } from '@gp/api/data';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { newAccount as newThrowawayAccount } from './support/throwaway-account';
import { CSRF_HEADER, demo } from './support/demo';

/** The session cookie a response set, as a browser would send it back (`gp.sid=…`). */
function sessionCookieOf(response: request.Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('gp.sid='));
  if (!cookie) throw new Error(`No session cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0];
}

describe('sessions: what is stored, and when it ends', () => {
  let app: INestApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ app } = await createApp());
    dataSource = app.get(DataSource);
  });

  afterAll(() => app.close());

  const server = () => app.getHttpServer();
  const allSessions = async (): Promise<number> =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM "session"`))[0].n;
  const sessionsOf = async (userId: string): Promise<number> =>
    (
      await dataSource.query(`SELECT count(*)::int AS n FROM "session" WHERE sess->>'userId' = $1`, [userId])
    )[0].n;

  const newAccount = (label: string, overrides: Partial<UserAccountEntity> = {}) =>
    newThrowawayAccount(dataSource, label, overrides);

  describe('anonymous requests', () => {
    it('store no session, however many there are', async () => {
      const before = await allSessions();
      for (let i = 0; i < 200; i++) {
        const response = await request(server()).get('/api/auth/session').expect(200);
        expect(response.body.user).toBeNull();
      }
      expect(await allSessions()).toBe(before);
    });

    it('store none for a failed sign-in, a 401, a sign-out or the public page either', async () => {
      const before = await allSessions();
      const client = new ApiClient(app);
      expect((await client.signIn(demo.viewer, 'not the password')).status).toBe(401);
      expect((await client.get('/api/departments')).status).toBe(401);
      await client.post('/api/auth/sign-out').expect(200);
      await request(server()).get('/public-projects').accept('html');
      await request(server()).get('/api/public-projects');
      expect(await allSessions()).toBe(before);
    });
  });

  it('sign-out deletes the session and stores no empty one in its place', async () => {
    const before = await allSessions();
    const client = await ApiClient.signedIn(app, demo.viewer);
    expect(await allSessions()).toBe(before + 1);
    const response = await client.post('/api/auth/sign-out').expect(200);
    expect(String(response.headers['set-cookie'])).toMatch(/gp\.sid=;/);
    expect(await allSessions()).toBe(before);
  });

  it('ends a session at once when another api process deletes its row, though this one read it a moment ago', async () => {
    const account = await newAccount('elsewhere');
    const client = await ApiClient.signedIn(app, account.email, account.password);
    await client.get('/api/departments').expect(200);
    expect((await client.get('/api/auth/session').expect(200)).body.user).toMatchObject({ id: account.id });
    // What a sign-out, a password change or a deactivation handled by another process does.
    await dataSource.query(`DELETE FROM "session" WHERE sess->>'userId' = $1`, [account.id]);
    expect((await client.get('/api/departments')).status).toBe(401);
    // A write with the page's token says "sign in again" too, not "reload the page".
    const write = await client.put('/api/reminders/preferences', {});
    expect(write.status).toBe(401);
    expect(write.body.code).toBe('unauthenticated');
    expect((await client.get('/api/auth/session').expect(200)).body.user).toBeNull();
  });

  describe('signing in, which is a write', () => {
    it('is refused without a CSRF token', async () => {
      const client = new ApiClient(app);
      await client.refreshSession();
      const response = await client.agent
        .post('/api/auth/sign-in')
        .send({ email: demo.viewer, password: 'demo-password' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('csrf_invalid');
    });

    it('is refused with a token another client was given, and with a token but no cookie', async () => {
      const other = new ApiClient(app);
      await other.refreshSession();
      const client = new ApiClient(app);
      await client.refreshSession();
      const foreign = await client.agent
        .post('/api/auth/sign-in')
        .set(CSRF_HEADER, other.csrfToken)
        .send({ email: demo.viewer, password: 'demo-password' });
      expect(foreign.status).toBe(403);
      const cookieless = await request(server())
        .post('/api/auth/sign-in')
        .set(CSRF_HEADER, other.csrfToken)
        .send({ email: demo.viewer, password: 'demo-password' });
      expect(cookieless.status).toBe(403);
      expect(cookieless.body.code).toBe('csrf_invalid');
    });

    it('is accepted with the client’s own token, and hands out a new one bound to the session', async () => {
      const client = new ApiClient(app);
      const anonymousToken = (await client.refreshSession()).csrfToken;
      const response = await client.signIn(demo.admin, 'demo-password');
      expect(response.status).toBe(200);
      expect(response.body.csrfToken).not.toBe(anonymousToken);
      // The token from before sign-in does not carry over into the session.
      const stale = await client.agent
        .post('/api/departments')
        .set(CSRF_HEADER, anonymousToken)
        .send({ name: `Gammal token ${Date.now()}` });
      expect(stale.status).toBe(403);
      await client.post('/api/departments', { name: `Ny token ${Date.now()}` }).expect(201);
    });

    it('sets an httpOnly, SameSite=Lax CSRF cookie (not Secure over plain http)', async () => {
      const response = await request(server()).get('/api/auth/session').expect(200);
      const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      const csrf = cookies.find((c) => c.startsWith('gp.csrf='));
      expect(csrf).toMatch(/HttpOnly/i);
      expect(csrf).toMatch(/SameSite=Lax/i);
      expect(csrf).not.toMatch(/Secure/i);
      expect(cookies.some((c) => c.startsWith('gp.sid='))).toBe(false);
    });
  });

  it('under https, names the CSRF cookie __Host- and marks it Secure', async () => {
    const { app: secure } = await createApp({ appUrl: 'https://desk.kommun.se' });
    try {
      const response = await request(secure.getHttpServer()).get('/api/auth/session').expect(200);
      const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
      const csrf = cookies.find((c) => c.startsWith('__Host-gp.csrf='));
      expect(csrf).toMatch(/; Path=\/;/);
      expect(csrf).toMatch(/; Secure/);
      expect(csrf).toMatch(/HttpOnly/i);
      expect(csrf).not.toMatch(/Domain=/i);
    } finally {
      await secure.close();
    }
  });

  describe('changing one’s password', () => {
    it('goes on under a new session id and token, and ends the old id and every other session', async () => {
      const account = await newAccount('rotate');
      const here = new ApiClient(app);
      const oldSession = sessionCookieOf(await here.signIn(account.email, account.password));
      const oldToken = here.csrfToken;
      const elsewhere = await ApiClient.signedIn(app, account.email, account.password);
      expect(await sessionsOf(account.id)).toBe(2);

      const changed = await here
        .post('/api/auth/password', {
          currentPassword: account.password,
          newPassword: 'a brand new passphrase',
        })
        .expect(200);
      expect(changed.body.user).toMatchObject({ id: account.id, email: account.email });
      expect(changed.body.csrfToken).not.toBe(oldToken);
      const newSession = sessionCookieOf(changed);
      expect(newSession).not.toBe(oldSession);
      here.csrfToken = changed.body.csrfToken;

      // The new id works, for reads and, with the new token, for writes.
      await here.get('/api/departments').expect(200);
      await here.patch('/api/auth/profile', { language: 'nb' }).expect(200);
      expect(
        (await here.agent.patch('/api/auth/profile').set(CSRF_HEADER, oldToken).send({ language: 'sv' }))
          .status,
      ).toBe(403);
      // The old id is worth nothing, and the other device is signed out.
      expect((await request(server()).get('/api/departments').set('cookie', oldSession)).status).toBe(401);
      expect((await elsewhere.get('/api/departments')).status).toBe(401);
      expect(await sessionsOf(account.id)).toBe(1);
    });
  });

  describe('deactivating a person', () => {
    it('deletes their sessions, and reactivating them brings none back', async () => {
      const admin = await ApiClient.signedIn(app, demo.admin);
      const account = await newAccount('leaver');
      const person = new ApiClient(app);
      const cookie = sessionCookieOf(await person.signIn(account.email, account.password));
      await ApiClient.signedIn(app, account.email, account.password);
      await person.get('/api/departments').expect(200);
      expect(await sessionsOf(account.id)).toBe(2);

      const version = async () =>
        ((await admin.get('/api/users').expect(200)).body as UserAccount[]).find((u) => u.id === account.id)
          ?.version;
      await admin.patch(`/api/users/${account.id}`, { version: await version(), active: false }).expect(200);
      expect(await sessionsOf(account.id)).toBe(0);

      await admin.patch(`/api/users/${account.id}`, { version: await version(), active: true }).expect(200);
      expect((await request(server()).get('/api/departments').set('cookie', cookie)).status).toBe(401);
      expect((await person.get('/api/departments')).status).toBe(401);
      // Signing in again works as for anyone.
      expect((await new ApiClient(app).signIn(account.email, account.password)).status).toBe(200);
    });

    it('deletes nothing when the deactivation is refused as stale', async () => {
      const admin = await ApiClient.signedIn(app, demo.admin);
      const account = await newAccount('stays');
      const person = await ApiClient.signedIn(app, account.email, account.password);
      await admin.patch(`/api/users/${account.id}`, { version: 99, active: false }).expect(409);
      expect(await sessionsOf(account.id)).toBe(1);
      await person.get('/api/departments').expect(200);
    });
  });
});
