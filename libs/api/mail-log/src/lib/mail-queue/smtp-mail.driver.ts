import { Inject, Injectable } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { OutgoingMail } from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { MailDriver } from './mail-driver';
import { SMTP_CONNECTIONS } from './mail-concurrency';

/** Sends over SMTP with nodemailer, with the Message-ID fixed in advance so a resend is recognisable. */
@Injectable()
export class SmtpMailDriver extends MailDriver {
  readonly keepsOnly = false;
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
    // Pooled: a new connection per email made 2,000 due reminders wait 45 s for the last one;
    // kept connections, one per email being sent at once, send them in seconds. The URL's own
    // settings (?pool=false, ?maxConnections=2) win over these.
    this.transport = createTransport({
      url: config.smtpUrl as string,
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
    });
  }

  async deliver(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: { 'Content-Language': mail.language },
    });
  }

  /**
   * Closing the pool fails any email still waiting for a connection, so the mail processor calls
   * this only after its BullMQ worker has finished the jobs it had.
   */
  override close(): void {
    this.transport.close();
  }
}
