import type { Job, JobsOptions, Queue } from 'bullmq';
import { LANGUAGES, type OutgoingMail } from '@gp/domain';

/** The two kinds of work the `mail` queue carries. The values are the BullMQ job names. */
export enum MailJobName {
  /** Send one email, claimed in the mail log first so it goes out once. */
  Send = 'send',
  /**
   * Send a few emails waiting `queued` in the mail log, claimed together: a batch of due reminders
   * costs the worker one claim and one mark per batch instead of per email. The job carries only
   * the Message-IDs; the mail log holds the emails.
   */
  SendBatch = 'send-batch',
  /** Put emails left `queued` in the mail log (the outbox) on the queue (every minute). */
  SweepOutbox = 'sweep-outbox',
}

/** The email itself; its Message-ID is its job id. */
export type SendMailPayload = OutgoingMail;

/** The Message-IDs of a batch, each of an email written `queued` to the mail log. */
export interface SendBatchPayload {
  messageIds: string[];
}

/**
 * Emails per batch job. The worker sends a batch's emails at once, each on a connection of its
 * own, so a batch is never bigger than the connections it gets (see mail-concurrency in mail-log).
 */
export const MAIL_BATCH_SIZE = 10;

/** The sweep needs nothing but the time it runs. */
export type SweepOutboxPayload = Record<string, never>;

/** BullMQ ids may not contain ':' and must not be all digits. */
export function mailJobId(messageId: string): string {
  return `mail-${messageId.replace(/[^a-zA-Z0-9._-]/g, '_')}`;
}

/**
 * A send job for one email: now (its id is its Message-ID's), at a retry time, or after an
 * admin's resend (each with an id of its own, so one try never hides another).
 *
 * The mail log, not BullMQ, retries (for hours, see afterFailedMailAttempt), so a job is tried
 * once and removed when done either way: a finished job's id left in Redis would make BullMQ
 * ignore the next job with that id, and a resent or swept email would silently stay unsent.
 */
export function mailSendJob(
  mail: SendMailPayload,
  when: { retryAt?: Date; resentAt?: Date } = {},
): { name: MailJobName.Send; data: SendMailPayload; opts: JobsOptions } {
  const id = mailJobId(mail.messageId);
  const jobId = when.retryAt
    ? `${id}-at${when.retryAt.getTime()}`
    : when.resentAt
      ? `${id}-resent${when.resentAt.getTime()}`
      : id;
  return {
    name: MailJobName.Send,
    data: mail,
    opts: {
      jobId,
      ...(when.retryAt ? { delay: Math.max(0, when.retryAt.getTime() - Date.now()) } : {}),
      attempts: 1,
      removeOnComplete: true,
      removeOnFail: true,
    },
  };
}

/**
 * Batch jobs for emails already `queued` in the mail log, MAIL_BATCH_SIZE to a job, run from
 * `notBefore` on when given. Tried once and removed when done, like a single send: what a lost
 * batch leaves `queued`, the outbox sweep sends.
 */
export function mailSendBatchJobs(
  messageIds: readonly string[],
  notBefore?: Date,
): Array<{ name: MailJobName.SendBatch; data: SendBatchPayload; opts: JobsOptions }> {
  const delay = notBefore ? Math.max(0, notBefore.getTime() - Date.now()) : 0;
  const jobs = [];
  for (let start = 0; start < messageIds.length; start += MAIL_BATCH_SIZE) {
    const batch = messageIds.slice(start, start + MAIL_BATCH_SIZE);
    jobs.push({
      name: MailJobName.SendBatch as const,
      data: { messageIds: batch },
      opts: {
        jobId: `batch-${mailJobId(batch[0])}-${batch.length}`,
        ...(delay > 0 ? { delay } : {}),
        attempts: 1,
        removeOnComplete: true,
        removeOnFail: true,
      },
    });
  }
  return jobs;
}

/** A job of the `mail` queue: its name says what its data is. */
export type MailJob =
  | { name: MailJobName.Send; data: SendMailPayload }
  | { name: MailJobName.SendBatch; data: SendBatchPayload }
  | { name: MailJobName.SweepOutbox; data: SweepOutboxPayload };

/** What BullMQ stores as a job's data, whatever its name. */
export type MailJobData = MailJob['data'];

/** The `mail` queue as BullMQ types it. */
export type MailQueueClient = Queue<MailJobData, string, MailJobName>;

/**
 * A job the worker received, as the union above. BullMQ types name and data apart, so they are
 * checked together here: a job whose data does not fit its name is refused, not guessed at.
 * @throws Error for an unknown name or data that does not fit it
 */
export function readMailJob(job: Pick<Job<unknown, unknown, string>, 'name' | 'data' | 'id'>): MailJob {
  switch (job.name) {
    case MailJobName.Send: {
      const mail = outgoingMailOf(job.data);
      if (mail) return { name: MailJobName.Send, data: mail };
      break;
    }
    case MailJobName.SendBatch: {
      const messageIds: unknown =
        typeof job.data === 'object' && job.data !== null ? Reflect.get(job.data, 'messageIds') : undefined;
      if (Array.isArray(messageIds) && messageIds.every((id) => typeof id === 'string'))
        return { name: MailJobName.SendBatch, data: { messageIds } };
      break;
    }
    case MailJobName.SweepOutbox:
      return { name: MailJobName.SweepOutbox, data: {} };
  }
  throw new Error(`Mail job ${job.id ?? ''} (${job.name}) carries data that does not fit its name`);
}

function outgoingMailOf(data: unknown): OutgoingMail | null {
  if (typeof data !== 'object' || data === null) return null;
  const text = (key: string): string | null => {
    const value: unknown = Reflect.get(data, key);
    return typeof value === 'string' ? value : null;
  };
  const [messageId, to, subject, body, html, kind] = [
    'messageId',
    'to',
    'subject',
    'text',
    'html',
    'kind',
  ].map(text);
  const language = LANGUAGES.find((known) => known === Reflect.get(data, 'language'));
  if (
    messageId === null ||
    to === null ||
    subject === null ||
    body === null ||
    html === null ||
    kind === null ||
    !language
  )
    return null;
  return { messageId, to, subject, text: body, html, kind, language };
}
