import { createHash } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '@gp/api/data';
import type { MailLogPage } from '@gp/domain';
import { ApiClient } from './support/api-client';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { SmtpSink } from './support/smtp-sink';
import { newAccount as newThrowawayAccount } from './support/throwaway-account';
import { until } from './support/until';

const LINK = /http:\/\/localhost:3999\/new-password#([A-Za-z0-9_-]{43})/;

describe('forgot password', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let smtp: SmtpSink;
  let worker: Awaited<ReturnType<typeof createWorker>>;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    // Behind a proxy, as in production: X-Forwarded-For says which address a request comes from.
    ({ app } = await createApp({ trustProxy: true, smtpUrl }));
    worker = await createWorker({ smtpUrl });
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  let clients = 0;
  /** A client address no other test has used, so each test starts with no requests counted. */
  const newClientAddress = () => `10.77.${Math.floor(++clients / 250)}.${(clients % 250) + 1}`;

  const newAccount = (label: string, overrides: Partial<UserAccountEntity> = {}) =>
    newThrowawayAccount(dataSource, label, overrides);

  async function anonymous(): Promise<ApiClient> {
    const client = new ApiClient(app);
    await client.refreshSession();
    return client;
  }

  async function askForLink(email: unknown, from = newClientAddress()) {
    const client = await anonymous();
    const started = Date.now();
    const response = await client
      .post('/api/auth/password-reset-requests', { email })
      .set('x-forwarded-for', from);
    return {
      status: response.status,
      body: response.body as unknown,
      text: response.text,
      ms: Date.now() - started,
    };
  }

  async function resetWith(token: string, newPassword: string, from = newClientAddress()) {
    const client = await anonymous();
    return client.post('/api/auth/password-resets', { token, newPassword }).set('x-forwarded-for', from);
  }

  async function linkSentTo(email: string, count = 1): Promise<string> {
    const mails = await until(() => smtp.to(email), {
      what: `${count} reset email(s) to ${email}`,
      ok: (found) => found.length >= count,
    });
    const token = LINK.exec(mails[count - 1].text ?? '')?.[1];
    if (!token) throw new Error(`No link in the email to ${email}: ${mails[count - 1].text}`);
    return token;
  }

  async function expectStatus(answer: ReturnType<typeof resetWith>, status: number) {
    const response = await answer;
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    return response;
  }

  const linkRows = (userId: string) =>
    dataSource.query(`SELECT token_hash, expires_at, used_at FROM password_reset WHERE user_id = $1`, [
      userId,
    ]);

  it('emails an active account a link in its language that works for an hour, storing only its hash', async () => {
    const account = await newAccount('norwegian', { language: 'nb' });
    const asked = Date.now();
    expect((await askForLink(`  ${account.email.toUpperCase()} `)).status).toBe(202);

    const token = await linkSentTo(account.email);
    const [mail] = smtp.to(account.email);
    expect(mail.subject).toBe('Velg et nytt passord');
    expect(mail.html).toContain(`href="http://localhost:3999/new-password#${token}"`);

    const rows = await linkRows(account.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(rows[0].used_at).toBeNull();
    const lifetime = new Date(rows[0].expires_at).getTime() - asked;
    expect(lifetime).toBeGreaterThan(59 * 60 * 1000);
    expect(lifetime).toBeLessThanOrEqual(61 * 60 * 1000);
    const stored = await dataSource.query(`SELECT 1 FROM password_reset WHERE token_hash = $1`, [token]);
    expect(stored).toHaveLength(0);
  });

  it('answers an unknown, a known and a deactivated address alike, in status, body and time', async () => {
    const known = await newAccount('known');
    const deactivated = await newAccount('deactivated', { active: false });
    const unknown = `nobody.${Date.now()}@test.kommun.se`;

    const answers = { known: [] as number[], unknown: [] as number[], deactivated: [] as number[] };
    const bodies = new Set<string>();
    for (let round = 0; round < 3; round++) {
      for (const [who, email] of [
        ['unknown', unknown],
        ['known', known.email],
        ['deactivated', deactivated.email],
      ] as const) {
        const answer = await askForLink(email);
        expect(answer.status).toBe(202);
        bodies.add(answer.text);
        answers[who].push(answer.ms);
      }
    }
    expect([...bodies]).toEqual(['']);
    // The link is written and mailed after the answer: a known address answers no slower.
    const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[1];
    expect(Math.abs(median(answers.known) - median(answers.unknown))).toBeLessThan(150);

    await linkSentTo(known.email, 3);
    const deactivatedMail = await dataSource.query(`SELECT 1 FROM mail_log WHERE recipient = $1`, [
      deactivated.email,
    ]);
    expect(deactivatedMail).toHaveLength(0);
    expect(await linkRows(deactivated.id)).toHaveLength(0);
  });

  it('sets the new password once: the old one stops working, every session ends, and an email confirms it', async () => {
    const account = await newAccount('forgetful');
    const signedIn = await ApiClient.signedIn(app, account.email, account.password);
    await signedIn.get('/api/departments').expect(200);
    await askForLink(account.email);
    const token = await linkSentTo(account.email);

    await expectStatus(resetWith(token, 'a remembered passphrase'), 204);

    expect((await signedIn.get('/api/departments')).status).toBe(401);
    expect((await new ApiClient(app).signIn(account.email, account.password)).status).toBe(401);
    expect((await new ApiClient(app).signIn(account.email, 'a remembered passphrase')).status).toBe(200);
    const confirmations = await until(
      () => smtp.to(account.email).filter((mail) => mail.subject === 'Your password was changed'),
      { what: 'the password-changed email', ok: (found) => found.length === 1 },
    );
    expect(confirmations[0].text).toContain('http://localhost:3999/account');

    const again = await expectStatus(resetWith(token, 'another passphrase here'), 422);
    expect(again.body.code).toBe('reset_link_used');
    expect(again.body.errors.token).toBeDefined();
    expect((await new ApiClient(app).signIn(account.email, 'a remembered passphrase')).status).toBe(200);
  });

  it('shows an admin the sent reset email in the mail log without its link, which only its recipient holds', async () => {
    const account = await newAccount('private-link');
    await askForLink(account.email);
    const token = await linkSentTo(account.email);
    const admin = await ApiClient.signedIn(app, demo.admin);
    const log = await until(
      async () => (await admin.get('/api/mail-log?limit=200').expect(200)).body as MailLogPage,
      {
        what: 'the reset email marked sent in the mail log',
        ok: (page) => page.items.some((item) => item.to === account.email && item.status === 'sent'),
      },
    );
    const entry = log.items.find((item) => item.to === account.email && item.kind === 'password_reset');
    expect(entry).toMatchObject({ subject: 'Choose a new password', oneTimeLinkHidden: true });
    expect(entry?.text).not.toContain(token);
    expect(entry?.text).toContain('http://localhost:3999/new-password#…');
    // Still the recipient's to use.
    await expectStatus(resetWith(token, 'a passphrase of my own'), 204);
  });

  it('ends the account’s other unused links with the one used', async () => {
    const account = await newAccount('two-links');
    await askForLink(account.email);
    const first = await linkSentTo(account.email, 1);
    await askForLink(account.email);
    const second = await linkSentTo(account.email, 2);
    await expectStatus(resetWith(second, 'the second link passphrase'), 204);
    expect((await resetWith(first, 'the first link passphrase')).body.code).toBe('reset_link_used');
  });

  it('refuses an expired link and an unknown one clearly, changing nothing', async () => {
    const account = await newAccount('late');
    await askForLink(account.email);
    const token = await linkSentTo(account.email);
    await dataSource.query(
      `UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [account.id],
    );

    const expired = await expectStatus(resetWith(token, 'a too late passphrase'), 422);
    expect(expired.body.code).toBe('reset_link_expired');
    const unknown = await expectStatus(resetWith('A'.repeat(43), 'a guessed passphrase'), 422);
    expect(unknown.body.code).toBe('reset_link_invalid');

    expect((await linkRows(account.id))[0].used_at).toBeNull();
    expect((await new ApiClient(app).signIn(account.email, account.password)).status).toBe(200);
    expect((await new ApiClient(app).signIn(account.email, 'a too late passphrase')).status).toBe(401);
  });

  it('refuses bad input with 422 naming the field, keeping the link unused', async () => {
    for (const body of [{}, { email: 'not an address' }, { email: 42 }, { email: 'a@b.se', extra: 1 }]) {
      const client = await anonymous();
      const response = await client
        .post('/api/auth/password-reset-requests', body)
        .set('x-forwarded-for', newClientAddress())
        .expect(422);
      expect(Object.keys(response.body.errors ?? {}).length).toBeGreaterThan(0);
    }

    const account = await newAccount('careful');
    await askForLink(account.email);
    const token = await linkSentTo(account.email);
    const short = await expectStatus(resetWith(token, 'short'), 422);
    expect(short.body.errors.newPassword).toBeDefined();
    const mangled = await expectStatus(resetWith(`${token}!`, 'a perfectly fine passphrase'), 422);
    expect(mangled.body.errors.token).toBeDefined();
    const sameAsEmail = await expectStatus(resetWith(token, account.email), 422);
    expect(sameAsEmail.body.code).toBe('weak_password');
    expect(sameAsEmail.body.errors.newPassword).toBeDefined();

    expect((await linkRows(account.id))[0].used_at).toBeNull();
    expect((await new ApiClient(app).signIn(account.email, account.password)).status).toBe(200);
  });

  it('needs the CSRF token, as sign-in does', async () => {
    const client = new ApiClient(app);
    const response = await client.agent.post('/api/auth/password-reset-requests').send({ email: 'a@b.se' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('csrf_invalid');
  });

  it('limits links per address: five from one client, which does not stop the owner elsewhere, twenty from anywhere; a known and an unknown address alike', async () => {
    const known = await newAccount('flooded');
    const unknown = `flooded.nobody.${Date.now()}@test.kommun.se`;
    const spender = newClientAddress();
    for (const email of [known.email, unknown]) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await askForLink(email, spender)).status);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    }
    const refused = await askForLink(known.email, spender);
    const refusedUnknown = await askForLink(unknown, spender);
    expect(refused.body).toEqual(refusedUnknown.body);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'too_many_reset_requests' });

    // The owner, asking from their own machine, still gets a link.
    expect((await askForLink(known.email)).status).toBe(202);
    // From many clients together, twenty an hour, then no more.
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await askForLink(known.email)).status);
    expect(statuses.slice(0, 14).every((status) => status === 202)).toBe(true);
    expect(statuses[14]).toBe(429);
    await linkSentTo(known.email, 20);
    expect(await linkRows(known.id)).toHaveLength(20);
  });

  it('limits links asked from one client, whatever the addresses', async () => {
    const client = newClientAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await askForLink(`many.${i}.${Date.now()}@test.kommun.se`, client)).status);
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Another client is not held up by it.
    expect((await askForLink(`other.${Date.now()}@test.kommun.se`)).status).toBe(202);
  });

  it('limits refused uses of links from one client', async () => {
    const client = newClientAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push(
        (await resetWith(String.fromCharCode(65 + (i % 26)).repeat(43), 'a guessed passphrase', client))
          .status,
      );
    expect(statuses.slice(0, 20).every((status) => status === 422)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
