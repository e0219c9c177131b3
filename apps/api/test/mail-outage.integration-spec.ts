import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { MailLogEntry, OutgoingMail } from '@gp/domain';
import { QueueName, type AppConfig } from '@gp/api/core';
import { composeMail, MAIL_BATCH_SIZE, MailJobName, mailJobId, MailOutbox } from '@gp/api/mail';
import { MailOutboxSweeper } from '@gp/api/mail-log';
import { ApiClient } from './support/api-client';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { drainedQueues } from './support/drained-queues';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function mailTo(to: string): OutgoingMail {
  return composeMail({
    kind: 'test',
    to,
    language: 'sv',
    subject: 'Under avbrottet',
    greeting: 'Hej!',
    paragraphs: ['Ett mejl som väntar ut ett avbrott.'],
    signature: 'Projektdesken',
  });
}

interface Row {
  status: string;
  retry_at: Date | null;
  error: string | null;
  attempts: number;
}

/**
 * The SMTP server is away for longer than a few quick retries: emails wait in `retrying` and go
 * out once it is back, each once; a permanent refusal fails at once; an email the desk gave up on
 * is found by the status filter and sent by an admin's resend.
 */
describe('emails through an SMTP outage', () => {
  let app: INestApplication;
  let config: AppConfig;
  let admin: ApiClient;
  let smtp: SmtpSink;
  let dataSource: DataSource;
  let queue: Queue;

  beforeAll(async () => {
    smtp = new SmtpSink();
    await smtp.start();
    ({ app, config } = await createApp());
    admin = await ApiClient.signedIn(app, demo.admin);
    dataSource = app.get(DataSource);
    queue = app.get<Queue>(getQueueToken(QueueName.Mail));
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const rowOf = async (messageId: string): Promise<Row | undefined> =>
    (
      await dataSource.query('SELECT status, retry_at, error, attempts FROM mail_log WHERE message_id = $1', [
        messageId,
      ])
    )[0];

  /** Writes the emails to the outbox in a transaction, then releases them, as a change does. */
  async function send(mails: OutgoingMail[]): Promise<void> {
    const outbox = app.get(MailOutbox);
    await dataSource.transaction((manager) => outbox.add(manager, mails));
    await outbox.release(mails);
  }

  describe('with a patient worker (retries for an hour)', () => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      worker = await createWorker({
        smtpUrl: smtp.url,
        mailRetryForHours: 1,
        mailRetryBackoffMs: 200,
        mailRetryBackoffMaxMs: 800,
        schedulerCheckSeconds: 0.5,
      });
    });

    afterAll(() => worker.close());

    it('keeps emails retrying while the server is down, then sends each exactly once', async () => {
      await smtp.stop();
      const mails = Array.from({ length: 5 }, () => mailTo(`outage.${unique()}@test.kommun.se`));
      try {
        await send(mails);
        // Several tries each, past the first quick ones: the outage outlasts them.
        const rows = await until(() => Promise.all(mails.map((mail) => rowOf(mail.messageId))), {
          what: 'every email to have been tried three times and wait to retry',
          ok: (rows) => rows.every((row) => row?.status === 'retrying' && row.attempts >= 3),
        });
        for (const row of rows) {
          expect(row?.retry_at).toBeInstanceOf(Date);
          expect(row?.error).toMatch(/ECONNREFUSED/);
        }
        const listed = (await admin.get('/api/mail-log?status=retrying&limit=200').expect(200)).body;
        const entry = listed.items.find((e: MailLogEntry) => e.messageId === mails[0].messageId);
        expect(entry).toMatchObject({ status: 'retrying', error: expect.stringMatching(/ECONNREFUSED/) });
        expect(Date.parse(entry.retryAt)).not.toBeNaN();
        expect(entry.attempts).toBeGreaterThanOrEqual(3);
        expect(listed.counts.retrying).toBeGreaterThanOrEqual(5);
      } finally {
        await smtp.start();
      }
      await until(() => Promise.all(mails.map((mail) => rowOf(mail.messageId))), {
        what: 'every email to be sent once the server is back',
        ok: (rows) => rows.every((row) => row?.status === 'sent'),
      });
      await drainedQueues(config);
      for (const mail of mails) expect(smtp.to(mail.to)).toHaveLength(1);
    });

    it('fails a permanent refusal (550) at once instead of retrying it for hours', async () => {
      const mail = mailTo(`nobody.${unique()}@test.kommun.se`);
      smtp.refuseFor.set(mail.to, '550 No such mailbox');
      try {
        await send([mail]);
        const row = await until(() => rowOf(mail.messageId), {
          what: 'the email to fail',
          ok: (row) => row?.status === 'failed',
        });
        expect(row).toMatchObject({ attempts: 1, retry_at: null });
        expect(row?.error).toMatch(/No such mailbox/);
        await drainedQueues(config);
        expect((await rowOf(mail.messageId))?.attempts).toBe(1);
      } finally {
        smtp.refuseFor.delete(mail.to);
      }
      expect(smtp.to(mail.to)).toHaveLength(0);
    });

    it('sends a retrying email whose job Redis lost, at the next sweep', async () => {
      const mail = mailTo(`lost.${unique()}@test.kommun.se`);
      await dataSource.query(
        `INSERT INTO mail_log (message_id, recipient, subject, text, html, kind, status, attempts, retry_at, error)
         VALUES ($1, $2, $3, $4, $5, $6, 'retrying', 4, now() - interval '1 minute', 'connect ECONNREFUSED')`,
        [mail.messageId, mail.to, mail.subject, mail.text, mail.html, mail.kind],
      );
      expect(await worker.get(MailOutboxSweeper).sweep()).toBeGreaterThanOrEqual(1);
      await until(() => rowOf(mail.messageId), {
        what: 'the email to be sent',
        ok: (row) => row?.status === 'sent',
      });
      expect(smtp.to(mail.to)).toHaveLength(1);
      // Done jobs leave no id behind that could make BullMQ ignore a later re-queue of the email.
      await drainedQueues(config);
      expect(await queue.getJob(mailJobId(mail.messageId))).toBeUndefined();
    });

    it('puts the outbox sweep’s scheduler back when Redis loses it', async () => {
      const scheduler = await queue.getJobScheduler(MailJobName.SweepOutbox);
      expect(scheduler?.every).toBe(config.outboxSweepSeconds * 1000);
      await queue.removeJobScheduler(MailJobName.SweepOutbox);
      await until(() => queue.getJobScheduler(MailJobName.SweepOutbox), {
        what: 'the sweep’s scheduler to be put back',
        ok: (found) => Boolean(found),
      });
    });
  });

  describe('with a worker that gives up after two seconds', () => {
    it('fails the email, the filter finds it, and an admin’s resend sends it once', async () => {
      const worker = await createWorker({
        smtpUrl: smtp.url,
        mailRetryForHours: 2 / 3600,
        mailRetryBackoffMs: 200,
        mailRetryBackoffMaxMs: 400,
      });
      try {
        const mail = mailTo(`given-up.${unique()}@test.kommun.se`);
        await smtp.stop();
        try {
          await send([mail]);
          const row = await until(() => rowOf(mail.messageId), {
            what: 'the desk to give up',
            ok: (row) => row?.status === 'failed',
          });
          expect(row?.error).toMatch(/^gave up after 0\.\d+ h: .*ECONNREFUSED/);
        } finally {
          await smtp.start();
        }
        const failed = (await admin.get('/api/mail-log?status=failed,flagged&limit=200').expect(200)).body;
        expect(failed.items.every((e: MailLogEntry) => ['failed', 'flagged'].includes(e.status))).toBe(true);
        const entry: MailLogEntry = failed.items.find((e: MailLogEntry) => e.messageId === mail.messageId);
        expect(entry).toBeDefined();
        expect(smtp.to(mail.to)).toHaveLength(0);

        const resent = (await admin.post(`/api/mail-log/${entry.id}/resend`, {}).expect(200)).body;
        expect(resent).toMatchObject({ status: 'queued', attempts: 0, resentBy: 'Elin Andersson' });
        await until(() => rowOf(mail.messageId), {
          what: 'the resent email to go',
          ok: (row) => row?.status === 'sent',
        });
        await drainedQueues(config);
        const sent = smtp.to(mail.to);
        expect(sent).toHaveLength(1);
        expect(sent[0].messageId).toBe(mail.messageId);
        const after = (await admin.get('/api/mail-log?status=sent&limit=200').expect(200)).body;
        expect(after.items.find((e: MailLogEntry) => e.messageId === mail.messageId)).toMatchObject({
          attempts: 1,
          resentBy: 'Elin Andersson',
          resentAt: expect.any(String),
        });
      } finally {
        await worker.close();
      }
    });
  });

  describe('releasing a large batch', () => {
    it('hands 1,200 emails to Redis in one bulk call of batch jobs that carry only Message-IDs', async () => {
      const mails = Array.from({ length: 1200 }, (_, n) => mailTo(`batch.${n}.${unique()}@test.kommun.se`));
      const addBulk = jest.spyOn(queue, 'addBulk');
      const add = jest.spyOn(queue, 'add');
      try {
        await send(mails);
        expect(addBulk.mock.calls.map(([jobs]) => jobs.length)).toEqual([1200 / MAIL_BATCH_SIZE]);
        expect(add).not.toHaveBeenCalled();
      } finally {
        addBulk.mockRestore();
        add.mockRestore();
      }
      const last = mails.length - MAIL_BATCH_SIZE;
      for (const first of [0, last]) {
        const job = await queue.getJob(`batch-${mailJobId(mails[first].messageId)}-${MAIL_BATCH_SIZE}`);
        expect(job?.name).toBe(MailJobName.SendBatch);
        expect(job?.data).toEqual({
          messageIds: mails.slice(first, first + MAIL_BATCH_SIZE).map((mail) => mail.messageId),
        });
      }
    });
  });
});
