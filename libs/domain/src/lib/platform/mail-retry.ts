/** How long and how often an email that failed in transport is tried again (the worker's config). */
export interface MailRetryPolicy {
  /** Hours from when the email was queued (or resent by an admin) before the desk gives up. */
  retryForHours: number;
  /** The first retry's wait; it doubles with every attempt, up to `backoffMaxMs`. */
  backoffMs: number;
  backoffMaxMs: number;
}

/** One send that failed: which attempt it was, since when the email has been tried, and why. */
export interface FailedMailAttempt {
  /** 1 for the first send. */
  attempts: number;
  /** When the email was queued, or resent by an admin: the retry time counts from there. */
  since: Date;
  now: Date;
  error: string;
  /** The SMTP reply code, when the server answered (nodemailer's `responseCode`). */
  responseCode?: number;
}

export type MailRetryDecision =
  { outcome: 'retry'; retryAt: Date; error: string } | { outcome: 'fail'; error: string };

/**
 * A 5xx reply is the server's final word (550 no such mailbox, 554 rejected): trying again for a
 * day changes nothing. A 4xx or no reply at all (connection refused, timeout) is an outage.
 */
export function isPermanentSmtpRefusal(responseCode: number | undefined): boolean {
  return responseCode !== undefined && responseCode >= 500 && responseCode < 600;
}

/** The wait before the next try after `attempts` failed sends: doubling, capped. */
export function mailRetryBackoffMs(policy: MailRetryPolicy, attempts: number): number {
  const doublings = Math.max(0, attempts - 1);
  // 2^31 ms is weeks: past that the cap wins anyway, and the power would overflow to Infinity.
  return Math.min(policy.backoffMaxMs, policy.backoffMs * 2 ** Math.min(doublings, 31));
}

/**
 * What happens to an email after a failed send: tried again later, unless the refusal is
 * permanent or the retries have lasted `retryForHours`, when it fails and waits for a person.
 */
export function afterFailedMailAttempt(
  policy: MailRetryPolicy,
  attempt: FailedMailAttempt,
): MailRetryDecision {
  if (isPermanentSmtpRefusal(attempt.responseCode)) return { outcome: 'fail', error: attempt.error };
  const retryAt = new Date(attempt.now.getTime() + mailRetryBackoffMs(policy, attempt.attempts));
  const giveUpAt = attempt.since.getTime() + policy.retryForHours * 3_600_000;
  if (attempt.now.getTime() >= giveUpAt)
    return {
      outcome: 'fail',
      error: `gave up after ${formatHours(policy.retryForHours)} h: ${attempt.error}`,
    };
  // The last try falls at the give-up time, not a whole backoff past it.
  return { outcome: 'retry', retryAt: new Date(Math.min(retryAt.getTime(), giveUpAt)), error: attempt.error };
}

// 1.5 h stays 1.5; a test's 0.000555… h reads 0.00056, not 0.
function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : String(Number(hours.toPrecision(2)));
}
