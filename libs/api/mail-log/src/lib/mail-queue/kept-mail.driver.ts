import { Injectable } from '@nestjs/common';
import { MailDriver } from './mail-driver';

/** With no SMTP_URL, emails are not sent: the mail log keeps them for people to read in the app. */
@Injectable()
export class KeptMailDriver extends MailDriver {
  readonly keepsOnly = true;

  async deliver(): Promise<void> {
    // Nothing leaves the machine; the processor records the email as kept.
  }
}
