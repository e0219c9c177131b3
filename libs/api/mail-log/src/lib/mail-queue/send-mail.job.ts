import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { afterFailedMailAttempt } from '@gp/domain';
import { APP_CONFIG, AppConfig, QueueName } from '@gp/api/core';
import { mailSendJob, type MailQueueClient, type SendBatchPayload, type SendMailPayload } from '@gp/api/mail';
import { MailDriver } from './mail-driver';
import { MailLogClaims, type ClaimedMail } from './mail-log-claims.service';

export type SendOutcome = 'sent' | 'kept' | 'retrying' | 'failed' | 'done' | 'flagged';

/**
 * Claim, send, mark. A send that fails in transport is not BullMQ's to retry: the row goes to
 * `retrying` with its next try, and a delayed job of its own is added for then, for as long as
 * MAIL_RETRY_FOR_HOURS allows (an SMTP outage can last longer than a few quick retries). A
 * permanent refusal, or the end of that time, fails it for an admin to resend.
 */
@Injectable()
export class SendMailJob {
  private readonly logger = new Logger(SendMailJob.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.Mail) private readonly queue: MailQueueClient,
    private readonly claims: MailLogClaims,
    private readonly driver: MailDriver,
  ) {}

  async run(mail: SendMailPayload): Promise<SendOutcome> {
    const claim = await this.claims.claim(mail);
    if (claim.outcome !== 'claimed') return claim.outcome;
    const outcome = await this.deliver(mail, claim);
    if (outcome === 'delivered') {
      const status = this.driver.keepsOnly ? 'kept' : 'sent';
      await this.claims.markDelivered(mail.messageId, status);
      return status;
    }
    return outcome;
  }

  /**
   * The emails of a batch, claimed together and sent at once (each on a connection of its own),
   * and those delivered marked together.
   * @returns how many were delivered, and how many of the batch were not this job's to send
   */
  async runBatch({ messageIds }: SendBatchPayload): Promise<string> {
    const claimed = await this.claims.claimLogged(messageIds);
    const outcomes = await Promise.all(claimed.map((claim) => this.deliver(claim.mail, claim)));
    const delivered = claimed
      .filter((_, i) => outcomes[i] === 'delivered')
      .map((claim) => claim.mail.messageId);
    await this.claims.markAllDelivered(delivered, this.driver.keepsOnly ? 'kept' : 'sent');
    return `${delivered.length} of ${messageIds.length} delivered, ${messageIds.length - claimed.length} not claimed`;
  }

  /** Sends a claimed email; a failure is retried later or failed for good, as the rules say. */
  private async deliver(
    mail: SendMailPayload,
    claim: ClaimedMail,
  ): Promise<'delivered' | 'retrying' | 'failed'> {
    try {
      await this.driver.deliver(mail);
      return 'delivered';
    } catch (error) {
      const decision = afterFailedMailAttempt(
        {
          retryForHours: this.config.mailRetryForHours,
          backoffMs: this.config.mailRetryBackoffMs,
          backoffMaxMs: this.config.mailRetryBackoffMaxMs,
        },
        { attempts: claim.attempts, since: claim.since, now: new Date(), ...transportError(error) },
      );
      if (decision.outcome === 'fail') {
        await this.claims.markFailed(mail.messageId, decision.error);
        return 'failed';
      }
      await this.claims.markRetrying(mail.messageId, decision.retryAt, decision.error);
      await this.queueRetry(mail, decision.retryAt);
      return 'retrying';
    }
  }

  private async queueRetry(mail: SendMailPayload, retryAt: Date): Promise<void> {
    const job = mailSendJob(mail, { retryAt });
    try {
      await this.queue.add(job.name, job.data, job.opts);
    } catch (error) {
      // The row says `retrying` with its time: the outbox sweep queues it once that has passed.
      this.logger.warn(
        `The next try of ${mail.messageId} waits for the outbox sweep: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

function transportError(error: unknown): { error: string; responseCode?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const code: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'responseCode') : undefined;
  return typeof code === 'number' ? { error: message, responseCode: code } : { error: message };
}
