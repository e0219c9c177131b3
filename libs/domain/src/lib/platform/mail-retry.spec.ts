import {
  afterFailedMailAttempt,
  isPermanentSmtpRefusal,
  mailRetryBackoffMs,
  type MailRetryPolicy,
} from './mail-retry';
import { parseMailStatusFilter } from './mail.contract';

const policy: MailRetryPolicy = { retryForHours: 24, backoffMs: 10_000, backoffMaxMs: 1_800_000 };
const queuedAt = new Date('2026-03-05T08:00:00Z');
const after = (ms: number) => new Date(queuedAt.getTime() + ms);

describe('patient mail retries', () => {
  it('doubles the wait from the first backoff and stops at the cap', () => {
    expect([1, 2, 3, 4].map((n) => mailRetryBackoffMs(policy, n))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(mailRetryBackoffMs(policy, 9)).toBe(1_800_000);
    expect(mailRetryBackoffMs(policy, 500)).toBe(1_800_000);
  });

  it('tries again later while the SMTP server is away, keeping the error', () => {
    const now = after(60_000);
    expect(
      afterFailedMailAttempt(policy, { attempts: 3, since: queuedAt, now, error: 'connect ECONNREFUSED' }),
    ).toEqual({ outcome: 'retry', retryAt: new Date(now.getTime() + 40_000), error: 'connect ECONNREFUSED' });
  });

  it('treats a 4xx reply as an outage too', () => {
    const decision = afterFailedMailAttempt(policy, {
      attempts: 1,
      since: queuedAt,
      now: queuedAt,
      error: '451 Try again later',
      responseCode: 451,
    });
    expect(decision.outcome).toBe('retry');
  });

  it('gives up once the retries have lasted their hours, saying so', () => {
    const decision = afterFailedMailAttempt(policy, {
      attempts: 60,
      since: queuedAt,
      now: after(24 * 3_600_000),
      error: 'connect ECONNREFUSED',
    });
    expect(decision).toEqual({ outcome: 'fail', error: 'gave up after 24 h: connect ECONNREFUSED' });
  });

  it('names a part of an hour as it is', () => {
    const short = { ...policy, retryForHours: 1.5 };
    const decision = afterFailedMailAttempt(short, {
      attempts: 9,
      since: queuedAt,
      now: after(2 * 3_600_000),
      error: 'x',
    });
    expect(decision).toEqual({ outcome: 'fail', error: 'gave up after 1.5 h: x' });
  });

  it('never waits past the give-up time: the last try falls on it', () => {
    const now = after(24 * 3_600_000 - 60_000);
    const decision = afterFailedMailAttempt(policy, { attempts: 40, since: queuedAt, now, error: 'timeout' });
    expect(decision).toEqual({ outcome: 'retry', retryAt: after(24 * 3_600_000), error: 'timeout' });
  });

  it('counts from a resend, not from when the email was first queued', () => {
    const resentAt = after(30 * 3_600_000);
    const decision = afterFailedMailAttempt(policy, {
      attempts: 1,
      since: resentAt,
      now: new Date(resentAt.getTime() + 5_000),
      error: 'timeout',
    });
    expect(decision.outcome).toBe('retry');
  });

  it('fails a permanent refusal (5xx) at once', () => {
    expect(isPermanentSmtpRefusal(550)).toBe(true);
    expect(isPermanentSmtpRefusal(421)).toBe(false);
    expect(isPermanentSmtpRefusal(undefined)).toBe(false);
    expect(
      afterFailedMailAttempt(policy, {
        attempts: 1,
        since: queuedAt,
        now: queuedAt,
        error: '550 No such mailbox',
        responseCode: 550,
      }),
    ).toEqual({ outcome: 'fail', error: '550 No such mailbox' });
  });

  it('gives up at once with no retry hours at all', () => {
    const zero = { ...policy, retryForHours: 0 };
    expect(
      afterFailedMailAttempt(zero, { attempts: 1, since: queuedAt, now: queuedAt, error: 'x' }).outcome,
    ).toBe('fail');
  });
});

describe('the mail log status filter', () => {
  it('reads one or more statuses, and names the words that are none', () => {
    expect(parseMailStatusFilter('failed,flagged')).toEqual({ statuses: ['failed', 'flagged'], unknown: [] });
    expect(parseMailStatusFilter(' sent ')).toEqual({ statuses: ['sent'], unknown: [] });
    expect(parseMailStatusFilter('failed,lost')).toEqual({ statuses: ['failed'], unknown: ['lost'] });
    expect(parseMailStatusFilter(undefined)).toEqual({ statuses: [], unknown: [] });
    expect(parseMailStatusFilter('')).toEqual({ statuses: [], unknown: [] });
  });
});
