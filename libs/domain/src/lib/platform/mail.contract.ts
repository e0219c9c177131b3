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

/** What needs a person: emails that failed for good, and sends cut off by a crash. */
export const MAIL_STATUSES_NEEDING_ACTION: readonly MailStatus[] = ['failed', 'flagged'];

/** The statuses an admin may send again: failed, and flagged once they confirm it. */
export const RESENDABLE_MAIL_STATUSES: readonly MailStatus[] = ['failed', 'flagged'];

export function isMailStatus(value: string): value is MailStatus {
  return (MAIL_STATUSES as readonly string[]).includes(value);
}

/**
 * A status filter as the query writes it (`failed,flagged`): the statuses, or the words that are
 * none. Empty means every status.
 */
export function parseMailStatusFilter(query: string | undefined): {
  statuses: MailStatus[];
  unknown: string[];
} {
  const words = (query ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '');
  const statuses = MAIL_STATUSES.filter((status) => words.includes(status));
  return { statuses, unknown: words.filter((word) => !isMailStatus(word)) };
}

export interface MailLogPage {
  items: MailLogEntry[];
  /** Emails matching the filter. */
  total: number;
  /** Emails in each status, the filter aside, so the filter can show them. */
  counts: Record<MailStatus, number>;
}

/** `POST /api/mail-log/:id/resend`: a flagged email may already have arrived, so it needs a yes. */
export interface ResendMailRequest {
  confirm?: boolean;
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
  /** Sends tried so far (since the last resend). */
  attempts: number;
  /** While `retrying`: when the next send is tried. */
  retryAt: string | null;
  /** When an admin last sent it again, and who (their name). */
  resentAt: string | null;
  resentBy: string | null;
  /**
   * The email's one-time link (a password reset) is left out of `text`: it was sent to its
   * recipient over SMTP, and whoever reads the log could use it to take over their account.
   */
  oneTimeLinkHidden: boolean;
}
