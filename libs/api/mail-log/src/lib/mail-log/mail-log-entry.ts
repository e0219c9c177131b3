import type { MailLogEntry } from '@gp/domain';
import type { MailLogEntity } from '@gp/api/data';

/** Emails whose link is a secret that works once: whoever holds it can choose the account's password. */
const KINDS_WITH_ONE_TIME_LINKS: readonly string[] = ['password_reset'];

/** The secret rides in the link's fragment (`…/new-password#<token>`); the address before it stays readable. */
const ONE_TIME_SECRET = /#[A-Za-z0-9_-]{16,}/g;

/**
 * A mail log row as an admin reads it. A one-time link is shown only when the log is where the
 * email went (`showOneTimeLinks`: no SMTP server, so the admin hands the link on); once emails
 * leave for their recipients, the link is theirs alone.
 */
export function mailLogEntry(row: MailLogEntity, showOneTimeLinks: boolean): MailLogEntry {
  const hide = !showOneTimeLinks && KINDS_WITH_ONE_TIME_LINKS.includes(row.kind);
  return {
    id: row.id,
    messageId: row.messageId,
    to: row.recipient,
    subject: row.subject,
    text: hide ? row.text.replace(ONE_TIME_SECRET, '#…') : row.text,
    kind: row.kind,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    error: row.error,
    attempts: row.attempts,
    retryAt: row.retryAt?.toISOString() ?? null,
    resentAt: row.resentAt?.toISOString() ?? null,
    resentBy: row.resentBy,
    oneTimeLinkHidden: hide,
  };
}
