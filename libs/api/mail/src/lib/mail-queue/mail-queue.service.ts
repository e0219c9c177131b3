import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { OutgoingMail } from '@gp/domain';
import { DomainError, QueueName } from '@gp/api/core';
import { MailJobName, type MailQueueClient } from './mail-job';

const ENQUEUE_TIMEOUT_MS = 3000;

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
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.add(MailJobName.Send, mail, { jobId: mailJobId(mail.messageId) }),
        new Promise(
          (_, reject) =>
            (timer = setTimeout(
              () => reject(new Error('Redis did not answer within 3 s')),
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

/** BullMQ ids may not contain ':' and must not be all digits. */
export function mailJobId(messageId: string): string {
  return `mail-${messageId.replace(/[^a-zA-Z0-9._-]/g, '_')}`;
}
