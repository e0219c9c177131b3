import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { MailLogEntry, OutgoingMail } from '@gp/domain';
import { QueueName, type AppConfig } from '@gp/api/core';
import { composeMail, mailJobId, MailQueue } from '@gp/api/mail';
import { ApiClient } from './support/api-client';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { drainedQueues } from './support/drained-queues';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

function testMail(to: string): OutgoingMail {
  return composeMail({
    kind: 'test',
    to,
    language: 'sv',
    subject: 'Prov',
    greeting: 'Hej!',
    paragraphs: ['Ett prov.'],
    signature: 'Projektdesken',
  });
}

describe('the mail queue', () => {
  let app: INestApplication;
  let admin: ApiClient;
  let smtp: SmtpSink;
  let smtpUrl: string;
  let dataSource: DataSource;
  let config: AppConfig;

  beforeAll(async () => {
    smtp = new SmtpSink();
    smtpUrl = await smtp.start();
    ({ app, config } = await createApp());
    admin = await ApiClient.signedIn(app, demo.admin);
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const statusOf = async (messageId: string): Promise<string | undefined> =>
    (await dataSource.query('SELECT status FROM mail_log WHERE message_id = $1', [messageId]))[0]?.status;

  describe('with an SMTP server', () => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      worker = await createWorker({ smtpUrl, mailRetryBackoffMs: 300, mailRetryBackoffMaxMs: 300 });
    });

    afterAll(() => worker.close());

    it('sends an admin’s test email over SMTP and shows it as sent in the mail log', async () => {
      const { messageId } = (await admin.post('/api/mail-log/test').expect(202)).body;
      const [mail] = await until(() => smtp.received.filter((m) => m.messageId === messageId), {
        what: 'the test email over SMTP',
        ok: (m) => m.length === 1,
      });
      expect(mail.to).toMatchObject({ value: [{ address: demo.admin }] });
      expect(mail.subject).toBe('Testmejl från Projektdesken');
      expect(mail.text).toContain('fungerar utskicken');
      expect(mail.html).toContain('<html lang="sv">');
      const log = (await admin.get('/api/mail-log?limit=50').expect(200)).body;
      const entry = log.items.find((e: MailLogEntry) => e.messageId === messageId);
      await until(() => statusOf(messageId), { what: 'the mail log to say sent', ok: (s) => s === 'sent' });
      expect(entry).toMatchObject({ to: demo.admin, kind: 'test', subject: 'Testmejl från Projektdesken' });
    });

    it('sends an email once, however often its job is queued', async () => {
      const mail = testMail(`twice.${Date.now()}@test.kommun.se`);
      const queue = app.get<Queue>(getQueueToken(QueueName.Mail));
      await app.get(MailQueue).enqueue(mail);
      await until(() => statusOf(mail.messageId), {
        what: 'the mail log to say sent',
        ok: (s) => s === 'sent',
      });
      // Same message, a new job id: as if a producer retried after a timeout.
      await queue.add('send', mail, { jobId: `mail-again-${Date.now()}` });
      await app.get(MailQueue).enqueue(mail);
      await drainedQueues(config);
      expect(smtp.to(mail.to)).toHaveLength(1);
    });

    it('flags an email found mid-send after a crash instead of sending it again', async () => {
      const mail = testMail(`crashed.${Date.now()}@test.kommun.se`);
      await dataSource.query(
        `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, status) VALUES ($1, $2, $3, $4, $5, $6, 'sending')`,
        [mail.messageId, mail.to, mail.subject, mail.text, mail.html, mail.kind],
      );
      await app.get(MailQueue).enqueue(mail);
      await until(() => statusOf(mail.messageId), {
        what: 'the mail log to say flagged',
        ok: (s) => s === 'flagged',
      });
      await drainedQueues(config);
      expect(smtp.to(mail.to)).toHaveLength(0);
    });

    it('sends a batch of logged emails once each, flagging the one a crash cut off and skipping the one sent', async () => {
      const stamp = Date.now();
      const mails = [1, 2, 3, 4].map((n) => testMail(`batch${n}.${stamp}@test.kommun.se`));
      const [alreadySent, cutOff, ...waiting] = mails;
      for (const [mail, status] of [
        [alreadySent, 'sent'],
        [cutOff, 'sending'],
        ...waiting.map((m) => [m, 'queued'] as const),
      ] as const)
        await dataSource.query(
          `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, status) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [mail.messageId, mail.to, mail.subject, mail.text, mail.html, mail.kind, status],
        );
      // As the outbox hands on the emails of a reminder batch: by Message-ID, the log holds them.
      await app.get(MailQueue).enqueueLogged(mails.map((mail) => mail.messageId));
      await until(() => Promise.all(mails.map((mail) => statusOf(mail.messageId))), {
        what: 'the batch settled in the mail log',
        ok: (statuses) => statuses.join() === 'sent,flagged,sent,sent',
      });
      await drainedQueues(config);
      expect(mails.map((mail) => smtp.to(mail.to).length)).toEqual([0, 0, 1, 1]);
      const [received] = smtp.to(waiting[0].to);
      expect(received.messageId).toBe(waiting[0].messageId);
      expect(received.subject).toBe(waiting[0].subject);
      expect(received.html).toContain('<html lang="sv">');
    });

    it('holds a batch prepared ahead of its instant until the instant', async () => {
      const mail = testMail(`prepared.${Date.now()}@test.kommun.se`);
      await dataSource.query(
        `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, status) VALUES ($1, $2, $3, $4, $5, $6, 'queued')`,
        [mail.messageId, mail.to, mail.subject, mail.text, mail.html, mail.kind],
      );
      const instant = new Date(Date.now() + 5000);
      await app.get(MailQueue).enqueueLogged([mail.messageId], instant);
      const job = await app
        .get<Queue>(getQueueToken(QueueName.Mail))
        .getJob(`batch-${mailJobId(mail.messageId)}-1`);
      expect(await job?.getState()).toBe('delayed');
      expect((job?.timestamp ?? 0) + (job?.opts.delay ?? 0)).toBeCloseTo(instant.getTime(), -2);
      expect(await statusOf(mail.messageId)).toBe('queued');
      await until(() => statusOf(mail.messageId), {
        what: 'the mail log to say sent',
        ok: (s) => s === 'sent',
      });
      expect(Date.now()).toBeGreaterThanOrEqual(instant.getTime());
      expect(smtp.to(mail.to)).toHaveLength(1);
    });

    it('retries when the SMTP server says try later, shows when and why, then sends once', async () => {
      const mail = testMail(`refused.${Date.now()}@test.kommun.se`);
      smtp.refuseWith = '451 Try again later';
      try {
        await app.get(MailQueue).enqueue(mail);
        await until(() => statusOf(mail.messageId), {
          what: 'the mail log to say retrying',
          ok: (s) => s === 'retrying',
        });
        const entry = (
          await admin.get('/api/mail-log?status=retrying&limit=200').expect(200)
        ).body.items.find((e: MailLogEntry) => e.messageId === mail.messageId);
        expect(entry.error).toMatch(/Try again later/);
        expect(Date.parse(entry.retryAt)).not.toBeNaN();
      } finally {
        smtp.refuseWith = null;
      }
      await until(() => statusOf(mail.messageId), {
        what: 'the mail log to say sent',
        ok: (s) => s === 'sent',
      });
      await drainedQueues(config);
      expect(smtp.to(mail.to)).toHaveLength(1);
    });
  });

  describe('without an SMTP server (the embedded default)', () => {
    it('keeps the email in the mail log, readable in the app, and sends nothing', async () => {
      const worker = await createWorker({ smtpUrl: undefined });
      try {
        const before = smtp.received.length;
        const { messageId } = (await admin.post('/api/mail-log/test').expect(202)).body;
        await until(() => statusOf(messageId), { what: 'the mail log to say kept', ok: (s) => s === 'kept' });
        const log = (await admin.get('/api/mail-log').expect(200)).body;
        expect(log.total).toBeGreaterThan(0);
        const entry = log.items.find((e: MailLogEntry) => e.messageId === messageId);
        expect(entry).toMatchObject({ status: 'kept', to: demo.admin });
        expect(entry.text).toContain('Det här är ett testmejl');
        await drainedQueues(config);
        expect(smtp.received.length).toBe(before);
      } finally {
        await worker.close();
      }
    });
  });

  describe('the status filter and resend', () => {
    async function logged(status: string): Promise<MailLogEntry> {
      const mail = testMail(`${status}.${Date.now()}@test.kommun.se`);
      await dataSource.query(
        `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, status, attempts, error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 3, 'boom')`,
        [mail.messageId, mail.to, mail.subject, mail.text, mail.html, mail.kind, status],
      );
      const page = (await admin.get(`/api/mail-log?status=${status}&limit=200`).expect(200)).body;
      return page.items.find((e: MailLogEntry) => e.messageId === mail.messageId);
    }

    const rowOf = async (id: string) =>
      (await dataSource.query('SELECT status, attempts, resent_at FROM mail_log WHERE id = $1', [id]))[0];

    it('lists only the statuses asked for, with the count of every status', async () => {
      const failed = await logged('failed');
      const flagged = await logged('flagged');
      const page = (await admin.get('/api/mail-log?status=failed,flagged&limit=200').expect(200)).body;
      expect(page.items.map((e: MailLogEntry) => e.id)).toEqual(
        expect.arrayContaining([failed.id, flagged.id]),
      );
      expect(new Set(page.items.map((e: MailLogEntry) => e.status))).toEqual(new Set(['failed', 'flagged']));
      expect(page.total).toBe(page.counts.failed + page.counts.flagged);
      const all = (await admin.get('/api/mail-log').expect(200)).body;
      expect(all.counts).toEqual(page.counts);
      expect(all.total).toBe(Object.values(all.counts as Record<string, number>).reduce((a, b) => a + b, 0));
    });

    it('refuses an unknown status with 400 naming it', async () => {
      const response = await admin.get('/api/mail-log?status=failed,lost').expect(400);
      expect(response.body.code).toBe('unknown_mail_status');
      expect(response.body.message).toContain('lost');
    });

    it('resends nothing that is not failed, and a flagged email only when confirmed', async () => {
      const sent = await logged('sent');
      const refused = await admin.post(`/api/mail-log/${sent.id}/resend`, { confirm: true }).expect(409);
      expect(refused.body.code).toBe('mail_not_resendable');
      expect(await rowOf(sent.id)).toMatchObject({ status: 'sent', attempts: 3, resent_at: null });

      const flagged = await logged('flagged');
      const unconfirmed = await admin.post(`/api/mail-log/${flagged.id}/resend`, {}).expect(409);
      expect(unconfirmed.body.code).toBe('resend_needs_confirmation');
      expect(await rowOf(flagged.id)).toMatchObject({ status: 'flagged', attempts: 3, resent_at: null });

      await admin.post('/api/mail-log/00000000-0000-4000-8000-000000000000/resend', {}).expect(404);
      await admin.post('/api/mail-log/not-an-id/resend', {}).expect(400);
      const viewer = await ApiClient.signedIn(app, demo.viewer);
      await viewer.post(`/api/mail-log/${flagged.id}/resend`, { confirm: true }).expect(403);
      expect(await rowOf(flagged.id)).toMatchObject({ status: 'flagged' });
    });

    it('queues a confirmed flagged email again, which the worker sends once', async () => {
      const worker = await createWorker({ smtpUrl });
      try {
        const flagged = await logged('flagged');
        const resent = (await admin.post(`/api/mail-log/${flagged.id}/resend`, { confirm: true }).expect(200))
          .body;
        expect(resent).toMatchObject({
          status: 'queued',
          attempts: 0,
          error: null,
          resentBy: 'Elin Andersson',
        });
        await until(() => statusOf(flagged.messageId), {
          what: 'the resent email to go',
          ok: (s) => s === 'sent',
        });
        await drainedQueues(config);
        expect(smtp.to(flagged.to)).toHaveLength(1);
        // A second click finds it sent.
        await admin.post(`/api/mail-log/${flagged.id}/resend`, { confirm: true }).expect(409);
      } finally {
        await worker.close();
      }
    });
  });

  it('refuses a page size out of range with 422', async () => {
    const response = await admin.get('/api/mail-log?limit=1000').expect(422);
    expect(response.body.errors.limit).toBeDefined();
    const text = await admin.get('/api/mail-log?limit=ten').expect(422);
    expect(text.body.errors.limit).toContain('limit must be a whole number');
  });

  it('lets the worker finish the email it is sending before it stops', async () => {
    const worker = await createWorker({ smtpUrl });
    const mail = testMail(`shutdown.${Date.now()}@test.kommun.se`);
    smtp.delayMs = 1500;
    try {
      await app.get(MailQueue).enqueue(mail);
      await until(() => statusOf(mail.messageId), {
        what: 'the mail log to say sending',
        ok: (s) => s === 'sending',
      });
      await worker.close();
      expect(await statusOf(mail.messageId)).toBe('sent');
      expect(smtp.to(mail.to)).toHaveLength(1);
    } finally {
      smtp.delayMs = 0;
    }
  });
});
