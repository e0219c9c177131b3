import type { Language } from '../people/language';

/** An email as the mail queue carries it. The Message-ID is fixed before sending so a resend is recognisable. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: Language;
  /** What the email is about, e.g. `password_changed`; shown in the mail log. */
  kind: string;
}

/**
 * queued (written with the change that caused it, waiting for the worker) → sending → sent (over
 * SMTP) or kept (no SMTP server configured); retrying while the SMTP server cannot be reached, at
 * `retryAt`; failed once retries have lasted their time (MAIL_RETRY_FOR_HOURS); flagged when a send
 * was interrupted by a crash: a person checks it, the desk never resends it by itself.
 */
export const MAIL_STATUSES = ['queued', 'sending', 'retrying', 'sent', 'kept', 'failed', 'flagged'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface MailLogPage {
  items: MailLogEntry[];
  total: number;
}

/** An email in the app's mail log: kept instead of sent when no SMTP server is configured, or sent. */
export interface MailLogEntry {
  id: string;
  messageId: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  status: MailStatus;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
}
