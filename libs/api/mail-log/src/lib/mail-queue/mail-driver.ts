import type { OutgoingMail } from '@gp/domain';

/** Where an email goes: an SMTP server, or nowhere but the app's mail log. */
export abstract class MailDriver {
  /** True when emails are only kept in the log (no SMTP server configured). */
  abstract readonly keepsOnly: boolean;
  abstract deliver(mail: OutgoingMail): Promise<void>;

  /** Lets go of connections; called once no job is sending any more. */
  close(): void {
    // Nothing to let go of by default.
  }
}
