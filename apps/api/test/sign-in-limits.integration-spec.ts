import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher, type AppConfig } from '@gp/api/core';
import { UserAccountEntity } from '@gp/api/data';
import { ApiClient } from './support/api-client';
import { createApp, createWorker } from './support/create-app';
import { newAccount as newThrowawayAccount } from './support/throwaway-account';
import { drainedQueues } from './support/drained-queues';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

/** Long enough that a slowed sign-in cannot be mistaken for a hash on a busy machine. */
const SLOW_MS = 3000;

describe('sign-in under attack', () => {
  let app: INestApplication;
  let config: AppConfig;
  let dataSource: DataSource;
  let smtp: SmtpSink;
  let worker: Awaited<ReturnType<typeof createWorker>>;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    // Behind a proxy, as in production: X-Forwarded-For says which address a request comes from.
    ({ app, config } = await createApp({
      trustProxy: true,
      smtpUrl,
      signInAccountAttempts: 10,
      signInSlowDelayMs: SLOW_MS,
      signInSlowDelayMaxMs: SLOW_MS,
    }));
    worker = await createWorker({ smtpUrl });
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  let addresses = 0;
  /** An address no other test has used, so each test starts with no failures counted. */
  const newAddress = () => `10.${Math.floor(++addresses / 250)}.${addresses % 250}.${(Date.now() % 250) + 1}`;

  const newAccount = (label: string, overrides: Partial<UserAccountEntity> = {}) =>
    newThrowawayAccount(dataSource, label, overrides);

  /** A sign-in from `address`, with how long it took. */
  async function signIn(address: string, email: string, password: string) {
    const client = new ApiClient(app);
    await client.refreshSession();
    const started = Date.now();
    const response = await client.agent
      .post('/api/auth/sign-in')
      .set('x-csrf-token', client.csrfToken)
      .set('x-forwarded-for', address)
      .send({ email, password });
    return {
      status: response.status,
      code: response.body.code as string | undefined,
      ms: Date.now() - started,
    };
  }

  it('answers one address trying many accounts with 429 before the 60th, without hashing', async () => {
    const attacker = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const hashesBefore = PasswordHasher.gate.load.served;
      const attempt = await signIn(attacker, `guess${i}.${Date.now()}@test.kommun.se`, 'wrong guess');
      statuses.push(attempt.status);
      if (attempt.status === 429) {
        expect(attempt.code).toBe('too_many_sign_in_attempts');
        expect(PasswordHasher.gate.load.served).toBe(hashesBefore);
      }
    }
    const firstRefused = statuses.indexOf(429);
    expect(firstRefused).toBeGreaterThan(0);
    expect(firstRefused).toBeLessThanOrEqual(config.signInAddressAttempts);
    expect(statuses.slice(firstRefused).every((status) => status === 429)).toBe(true);
    // Another address is not held back by it.
    const someoneElse = await newAccount('neighbour');
    expect((await signIn(newAddress(), someoneElse.email, someoneElse.password)).status).toBe(200);
  });

  it('slows an account guessed at from 30 addresses, emails its owner once, and still lets the owner in', async () => {
    const owner = await newAccount('targeted');
    const home = newAddress();
    expect((await signIn(home, owner.email, owner.password)).status).toBe(200);

    // Ten failures from ten addresses: under every per-address limit, and not slowed yet.
    for (let i = 0; i < 10; i++) {
      const attempt = await signIn(newAddress(), owner.email, 'wrong guess');
      expect(attempt.status).toBe(401);
    }
    // Twenty more from twenty more addresses, all at once: each waits before its password is checked.
    const slowed = await Promise.all(
      Array.from({ length: 20 }, () => signIn(newAddress(), owner.email, 'wrong guess')),
    );
    expect(slowed.map((attempt) => attempt.status)).toEqual(Array(20).fill(401));
    for (const attempt of slowed) expect(attempt.ms).toBeGreaterThanOrEqual(SLOW_MS);

    // Not a lockout: the owner gets in from home at once, and from a new place after the wait.
    const fromHome = await signIn(home, owner.email, owner.password);
    expect(fromHome.status).toBe(200);
    expect(fromHome.ms).toBeLessThan(SLOW_MS);
    const fromElsewhere = await signIn(newAddress(), owner.email, owner.password);
    expect(fromElsewhere.status).toBe(200);
    expect(fromElsewhere.ms).toBeGreaterThanOrEqual(SLOW_MS);

    await until(() => smtp.to(owner.email), { what: `an email to ${owner.email}`, ok: (m) => m.length > 0 });
    await drainedQueues(config);
    const mails = smtp.to(owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Someone is trying to sign in to your account');
    expect(mails[0].text).toContain('not locked');
    const logged = await dataSource.query(
      `SELECT count(*)::int AS n FROM mail_log WHERE recipient = $1 AND kind = 'sign_in_attempts'`,
      [owner.email],
    );
    expect(logged[0].n).toBe(1);
  });

  it('limits wrong current passwords per account, refusing further checks without a hash', async () => {
    const account = await newAccount('stolen-session');
    const client = new ApiClient(app);
    expect((await client.signIn(account.email, account.password)).status).toBe(200);
    const change = (currentPassword: string) =>
      client.post('/api/auth/password', { currentPassword, newPassword: 'a fine new passphrase' });

    for (let i = 0; i < config.passwordCheckAttempts; i++) {
      const wrong = await change(`guess ${i}`);
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('wrong_current_password');
    }
    const hashesBefore = PasswordHasher.gate.load.served;
    const limited = await change(account.password);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('too_many_password_attempts');
    expect(PasswordHasher.gate.load.served).toBe(hashesBefore);
    // The password is unchanged.
    expect((await signIn(newAddress(), account.email, account.password)).status).toBe(200);
  });

  it('serves a second client’s sign-in while a first floods, and refuses the flood’s excess at once', async () => {
    const person = await newAccount('person');
    const attacker = newAddress();
    const finished: string[] = [];
    const flood = Array.from({ length: 12 }, (_, i) =>
      signIn(attacker, `flood${i}.${Date.now()}@test.kommun.se`, 'wrong guess').then((attempt) => {
        finished.push(attempt.status === 401 ? 'flood checked' : `flood ${attempt.code}`);
        return attempt;
      }),
    );
    // The person comes once the flood fills the gate.
    await until(() => PasswordHasher.gate.load.waiting, {
      what: 'the flood waiting at the gate',
      ok: (n) => n > 0,
    });
    const signedIn = await signIn(newAddress(), person.email, person.password);
    finished.push('person');
    const attempts = await Promise.all(flood);

    expect(signedIn.status).toBe(200);
    const refused = attempts.filter((attempt) => attempt.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const attempt of refused) expect(attempt.code).toBe('too_many_requests');
    // With a first-come line the person would be last; taking turns, some of the flood is after them.
    expect(finished.lastIndexOf('flood checked')).toBeGreaterThan(finished.indexOf('person'));
  });
});
