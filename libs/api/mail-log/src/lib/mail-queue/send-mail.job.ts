import { Injectable } from '@nestjs/common';
import type { SendMailPayload } from '@gp/api/mail';
import { MailDriver } from './mail-driver';
import { MailLogClaims } from './mail-log-claims.service';

/**
 * Claim, send, mark: the mail log's conditional claim lets one worker send each Message-ID, a
 * failure is recorded and rethrown so BullMQ retries with backoff, and success is marked.
 */
@Injectable()
export class SendMailJob {
  constructor(
    private readonly claims: MailLogClaims,
    private readonly driver: MailDriver,
  ) {}

  async run(mail: SendMailPayload): Promise<string> {
    const claim = await this.claims.claim(mail);
    if (claim !== 'claimed') return claim;
    try {
      await this.driver.deliver(mail);
    } catch (error) {
      await this.claims.markFailed(mail.messageId, error instanceof Error ? error.message : String(error));
      throw error;
    }
    await this.claims.markDelivered(mail.messageId, this.driver.keepsOnly ? 'kept' : 'sent');
    return this.driver.keepsOnly ? 'kept' : 'sent';
  }
}
