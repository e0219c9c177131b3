import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { OutgoingMail } from '@gp/domain';
import { DomainError, QueueName } from '@gp/api/core';
import { mailSendBatchJobs, mailSendJob, type MailQueueClient } from './mail-job';

const ENQUEUE_TIMEOUT_MS = 3000;
/** Jobs per addBulk: one Redis round trip each, small enough not to hold Redis up. */
const BULK_CHUNK = 500;

/** The only way the desk sends email: it enqueues; the worker's mail processor sends. */
@Injectable()
export class MailQueue {
  constructor(@InjectQueue(QueueName.Mail) private readonly queue: MailQueueClient) {}

  /**
   * Waits at most a few seconds for Redis, so an HTTP request never hangs on an outage. A job
   * that was waiting for the connection is still added when Redis returns.
   * @throws DomainError `queue_unavailable` (503) while Redis cannot be reached
   */
  async enqueue(mail: OutgoingMail): Promise<void> {
    await this.enqueueMany([mail]);
  }

  /**
   * Hands many emails to Redis in bulk, a chunk of 500 jobs per round trip. `resentAt` marks an
   * admin's resend (a job id of its own).
   * @throws DomainError `queue_unavailable` (503) while Redis cannot be reached; the chunks
   *   before the failing one are queued
   */
  async enqueueMany(mails: readonly OutgoingMail[], when: { resentAt?: Date } = {}): Promise<void> {
    await this.addInChunks(mails.map((mail) => mailSendJob(mail, when)));
  }

  /**
   * Emails already written `queued` to the mail log, by their Message-IDs, in batch jobs: 2,000
   * due reminders are 400 small jobs in one round trip, and the worker claims and marks them a
   * batch at a time. Sent from `notBefore` on, when given.
   * @throws DomainError `queue_unavailable` (503) while Redis cannot be reached
   */
  async enqueueLogged(messageIds: readonly string[], notBefore?: Date): Promise<void> {
    await this.addInChunks(mailSendBatchJobs(messageIds, notBefore));
  }

  private async addInChunks(jobs: Parameters<MailQueueClient['addBulk']>[0]): Promise<void> {
    for (let start = 0; start < jobs.length; start += BULK_CHUNK)
      await this.withinTimeout(this.queue.addBulk(jobs.slice(start, start + BULK_CHUNK)));
  }

  private async withinTimeout(adding: Promise<unknown>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        adding,
        new Promise(
          (_, reject) =>
            (timer = setTimeout(
              () => reject(new Error(`Redis did not answer within ${ENQUEUE_TIMEOUT_MS / 1000} s`)),
              ENQUEUE_TIMEOUT_MS,
            )),
        ),
      ]);
    } catch (error) {
      throw new DomainError(
        'unavailable',
        'queue_unavailable',
        `The email could not be queued (${error instanceof Error ? error.message : String(error)}); try again shortly.`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
