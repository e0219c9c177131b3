import { Queue } from 'bullmq';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { QueueName, redisOptionsFromUrl } from '@gp/api/core';
import { dataSourceOptions } from '@gp/api/data';
import { composeMail } from '@gp/api/mail';
import { demo, DEMO_PASSWORD } from './support/demo';
import { FetchClient, runNode, waitForHealthy, waitForOutput } from './support/processes';
import { freePort, PrivateRedis } from './support/redis-server';
import { SmtpSink } from './support/smtp-sink';
import { testConfig } from './support/test-environment';
import { until } from './support/until';

/** The built programs (dist/) as processes, the way `npm start` and production run them. */
describe('the built programs', () => {
  const config = testConfig();
  const baseEnv = {
    DATABASE_URL: config.databaseUrl,
    REDIS_URL: config.redisUrl,
    QUEUE_PREFIX: config.queuePrefix,
    SESSION_SECRET: config.sessionSecret,
    LOG_LEVEL: 'warn',
  };

  it('stop at boot with one line naming a missing or wrong variable', async () => {
    const missing = runNode('dist/apps/api/main.js', { ...baseEnv, DATABASE_URL: undefined });
    expect(await missing.exited).toBe(78);
    expect(missing.output().trim()).toBe(
      'Configuration error: DATABASE_URL is missing; expected a PostgreSQL URL, e.g. postgres://user:password@localhost:5432/grants.',
    );

    const wrongZone = runNode('dist/apps/worker/main.js', { ...baseEnv, TZ: 'Mars/Olympus' });
    expect(await wrongZone.exited).toBe(78);
    expect(wrongZone.output().trim()).toMatch(
      /^Configuration error: TZ is not valid; expected an IANA time zone/,
    );
  });

  it('refuse to run on a Redis that may evict keys, naming the setting', async () => {
    const redis = await PrivateRedis.start('allkeys-lru');
    try {
      const api = runNode('dist/apps/api/main.js', {
        ...baseEnv,
        REDIS_URL: redis.url,
        PORT: String(await freePort()),
      });
      expect(await api.exited).toBe(1);
      expect(api.output()).toContain('maxmemory-policy allkeys-lru');
      expect(api.output()).toContain('maxmemory-policy noeviction');
    } finally {
      await redis.stop();
    }
  });

  it('the worker finishes the email it is sending when told to stop (SIGTERM), then exits cleanly', async () => {
    const smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    smtp.delayMs = 2000;
    const worker = runNode('dist/apps/worker/main.js', { ...baseEnv, SMTP_URL: smtpUrl });
    const queue = new Queue(QueueName.Mail, {
      connection: redisOptionsFromUrl(config.redisUrl),
      prefix: config.queuePrefix,
    });
    const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    const reminders = new Queue(QueueName.Reminders, {
      connection: redisOptionsFromUrl(config.redisUrl),
      prefix: config.queuePrefix,
    });
    try {
      // The worker at work, its start-up reconcile of the demo deadlines done: what is under test
      // is an email in flight when the signal comes, not a signal in the middle of starting up.
      await until(
        async () =>
          (await reminders.getCompleted(0, -1)).some((job) => job.id?.startsWith('reconcile-at-start')),
        { what: 'the worker’s start-up reconcile', timeoutMs: 60_000, everyMs: 200 },
      );
      const mail = composeMail({
        kind: 'test',
        to: `sigterm.${Date.now()}@test.kommun.se`,
        language: 'en',
        subject: 'Stop test',
        greeting: 'Hello,',
        paragraphs: ['x'],
        signature: 'x',
      });
      await queue.add('send', mail, { jobId: `mail-sigterm-${Date.now()}` });
      const status = async () =>
        (await dataSource.query('SELECT status FROM mail_log WHERE message_id = $1', [mail.messageId]))[0]
          ?.status;
      await until(status, { what: 'the worker to start sending', ok: (s) => s === 'sending', everyMs: 50 });
      expect(await status()).toBe('sending');

      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(await status()).toBe('sent');
      expect(smtp.to(mail.to)).toHaveLength(1);
    } finally {
      worker.child.kill('SIGKILL');
      await queue.close();
      await reminders.close();
      await dataSource.destroy();
      await smtp.stop();
    }
  });

  it('npm start on embedded defaults: PGlite from nothing, sign-in, and a second start keeps what the first saved', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gp-embedded-'));
    const port = await freePort();
    // No DATABASE_URL: the launcher creates the embedded PostgreSQL in dataDir. No GP_SKIP_BUILD:
    // its build step runs as on a first start (answered from Nx's cache after npm test's build).
    const env = {
      GP_DATA_DIR: dataDir,
      PORT: String(port),
      REDIS_URL: config.redisUrl,
      QUEUE_PREFIX: `${config.queuePrefix}-embedded`,
    };
    try {
      const first = runNode('tools/launcher/start.mjs', env);
      await waitForHealthy(port);
      await waitForOutput(first, 'is running at');
      expect(first.output()).toContain('Checking the build');
      expect(first.output()).toContain('embedded PostgreSQL (PGlite)');
      expect(first.output()).toContain(`Demo accounts (password: ${DEMO_PASSWORD})`);

      const admin = new FetchClient(`http://127.0.0.1:${port}`);
      const signIn = await admin.request('POST', '/api/auth/sign-in', {
        email: demo.admin,
        password: DEMO_PASSWORD,
      });
      expect(signIn.status).toBe(200);
      expect(signIn.body.user.roles).toEqual(['admin']);
      expect((await admin.request('POST', '/api/departments', { name: 'Sparad förvaltning' })).status).toBe(
        201,
      );

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = runNode('tools/launcher/start.mjs', env);
      await waitForHealthy(port);
      await waitForOutput(second, 'is running at');
      const again = new FetchClient(`http://127.0.0.1:${port}`);
      expect(
        (
          await again.request('POST', '/api/auth/sign-in', {
            email: demo.coordinator,
            password: DEMO_PASSWORD,
          })
        ).status,
      ).toBe(200);
      const departments = await again.request('GET', '/api/departments');
      expect(departments.body.map((d: { name: string }) => d.name)).toContain('Sparad förvaltning');
      // The demo data was loaded once: six demo departments plus the saved one, not twelve.
      expect(departments.body).toHaveLength(7);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
