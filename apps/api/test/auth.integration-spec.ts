import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '@gp/api/data';
import { ApiClient } from './support/api-client';
import { createApp, createWorker } from './support/create-app';
import { newAccount as newThrowawayAccount } from './support/throwaway-account';
import { demo, DEMO_PASSWORD } from './support/demo';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

describe('sign-in, sessions and CSRF', () => {
  let app: INestApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ app } = await createApp({ signInAttempts: 5 }));
    dataSource = app.get(DataSource);
  });

  afterAll(() => app.close());

  const newAccount = (label: string, overrides: Partial<UserAccountEntity> = {}) =>
    newThrowawayAccount(dataSource, label, overrides);

  it('starts anonymous with a CSRF token', async () => {
    const client = new ApiClient(app);
    const session = await client.refreshSession();
    expect(session.user).toBeNull();
    expect(session.csrfToken).toMatch(/^[0-9a-f]{64}\.[0-9a-f]{64}$/);
  });

  it('signs a demo coordinator in and keeps them signed in', async () => {
    const client = new ApiClient(app);
    const response = await client.signIn(demo.coordinator, DEMO_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({
      email: demo.coordinator,
      name: 'Maja Lindqvist',
      roles: ['coordinator'],
      language: 'sv',
    });
    const session = await client.refreshSession();
    expect(session.user?.email).toBe(demo.coordinator);
  });

  it('sets an httpOnly, SameSite session cookie on sign-in, none before, and a new id at each sign-in', async () => {
    const sessionCookie = (response: { headers: Record<string, unknown> }) =>
      ([] as string[])
        .concat((response.headers['set-cookie'] as string[]) ?? [])
        .find((c) => c.startsWith('gp.sid='));
    const client = new ApiClient(app);
    const anonymous = await client.agent.get('/api/auth/session');
    client.csrfToken = anonymous.body.csrfToken;
    expect(sessionCookie(anonymous)).toBeUndefined();
    const response = await client
      .post('/api/auth/sign-in', { email: demo.viewer, password: DEMO_PASSWORD })
      .expect(200);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    client.csrfToken = response.body.csrfToken;
    const again = await client
      .post('/api/auth/sign-in', { email: demo.viewer, password: DEMO_PASSWORD })
      .expect(200);
    expect(sessionCookie(again)?.split(';')[0]).not.toBe(cookie?.split(';')[0]);
  });

  it('accepts the address in any case and with spaces around it', async () => {
    const client = new ApiClient(app);
    expect((await client.signIn('  SAMORDNARE@Demo.Kommun.se ', DEMO_PASSWORD)).status).toBe(200);
  });

  it('refuses a wrong password and an unknown address with the same answer', async () => {
    const wrongPassword = await new ApiClient(app).signIn(demo.viewer, 'not the password');
    const unknown = await new ApiClient(app).signIn('nobody@demo.kommun.se', 'not the password');
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknown.body);
    expect(wrongPassword.body.code).toBe('invalid_credentials');
  });

  it('answers malformed sign-in input with 422 naming the field', async () => {
    const response = await new ApiClient(app).signIn('not-an-address', '');
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('validation_failed');
    expect(Object.keys(response.body.errors)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('refuses a write without the CSRF token, and one with another session’s token', async () => {
    const client = await ApiClient.signedIn(app, demo.admin);
    const missing = await client.agent.post('/api/departments').send({ name: 'Utan token' });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf_invalid');

    const other = await ApiClient.signedIn(app, demo.admin);
    const foreign = await client.agent
      .post('/api/departments')
      .set('x-csrf-token', other.csrfToken)
      .send({ name: 'Fel token' });
    expect(foreign.status).toBe(403);
    const names = (await client.get('/api/departments').expect(200)).body.map(
      (d: { name: string }) => d.name,
    );
    expect(names).not.toContain('Utan token');
    expect(names).not.toContain('Fel token');
  });

  it('signs out: the old session no longer reaches protected routes', async () => {
    const client = await ApiClient.signedIn(app, demo.admin);
    await client.get('/api/users').expect(200);
    const response = await client.post('/api/auth/sign-out').expect(200);
    expect(response.body.user).toBeNull();
    client.csrfToken = response.body.csrfToken;
    const after = await client.get('/api/users');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('unauthenticated');
  });

  it('limits failed sign-ins per address and account, and counts only failures', async () => {
    const account = await newAccount('limited');
    for (let i = 0; i < 3; i++)
      expect((await new ApiClient(app).signIn(account.email, account.password)).status).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await new ApiClient(app).signIn(account.email, 'wrong guess')).status).toBe(401);
    const blocked = await new ApiClient(app).signIn(account.email, account.password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('too_many_sign_in_attempts');
    // Another account from the same address is not locked out by someone guessing at this one.
    expect((await new ApiClient(app).signIn(demo.viewer, DEMO_PASSWORD)).status).toBe(200);
  });

  it('cuts off a deactivated person at their next request, and refuses their sign-in', async () => {
    const account = await newAccount('deactivated');
    const client = await ApiClient.signedIn(app, account.email, account.password);
    await client.get('/api/departments').expect(200);
    await dataSource.getRepository(UserAccountEntity).update({ id: account.id }, { active: false });
    expect((await client.get('/api/departments')).status).toBe(401);
    expect((await new ApiClient(app).signIn(account.email, account.password)).status).toBe(401);
  });

  it('saves one’s language', async () => {
    const account = await newAccount('language');
    const client = await ApiClient.signedIn(app, account.email, account.password);
    const response = await client.patch('/api/auth/profile', { language: 'nb' }).expect(200);
    expect(response.body.language).toBe('nb');
    expect((await client.refreshSession()).user?.language).toBe('nb');
    const bad = await client.patch('/api/auth/profile', { language: 'de' }).expect(422);
    expect(bad.body.errors.language).toBeDefined();
  });

  describe('changing one’s password', () => {
    let smtp: SmtpSink;
    let worker: Awaited<ReturnType<typeof createWorker>>;

    beforeAll(async () => {
      smtp = new SmtpSink();
      worker = await createWorker({ smtpUrl: await smtp.start() });
    });

    afterAll(async () => {
      await worker.close();
      await smtp.stop();
    });

    it('refuses a wrong current password and a short new one, changing nothing', async () => {
      const account = await newAccount('weak');
      const client = await ApiClient.signedIn(app, account.email, account.password);
      const wrong = await client
        .post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a fine new passphrase' })
        .expect(422);
      expect(wrong.body.code).toBe('wrong_current_password');
      const short = await client
        .post('/api/auth/password', { currentPassword: account.password, newPassword: 'short' })
        .expect(422);
      expect(short.body.errors.newPassword).toBeDefined();
      const sameAsEmail = await client
        .post('/api/auth/password', { currentPassword: account.password, newPassword: account.email })
        .expect(422);
      expect(sameAsEmail.body.code).toBe('weak_password');
      expect((await new ApiClient(app).signIn(account.email, account.password)).status).toBe(200);
    });

    it('changes it, signs out the person’s other sessions, and emails them in their language', async () => {
      const account = await newAccount('changer');
      const here = await ApiClient.signedIn(app, account.email, account.password);
      const elsewhere = await ApiClient.signedIn(app, account.email, account.password);

      const changed = await here
        .post('/api/auth/password', {
          currentPassword: account.password,
          newPassword: 'a brand new passphrase',
        })
        .expect(200);
      here.csrfToken = changed.body.csrfToken;

      await here.get('/api/departments').expect(200);
      expect((await elsewhere.get('/api/departments')).status).toBe(401);
      expect((await new ApiClient(app).signIn(account.email, account.password)).status).toBe(401);
      expect((await new ApiClient(app).signIn(account.email, 'a brand new passphrase')).status).toBe(200);

      await smtp.waitFor(1);
      const [mail] = await waitForMailTo(smtp, account.email);
      expect(mail.subject).toBe('Your password was changed');
      expect(mail.text).toContain('http://localhost:3999/account');
      expect(mail.html).toContain('href="http://localhost:3999/account"');
      expect(mail.messageId).toMatch(/^<password_changed\.[0-9a-f-]{36}@projektdesken>$/);
    });
  });
});

function waitForMailTo(smtp: SmtpSink, address: string) {
  return until(() => smtp.to(address), { what: `an email to ${address}`, ok: (mails) => mails.length > 0 });
}
