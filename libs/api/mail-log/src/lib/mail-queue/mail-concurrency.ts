import { MAIL_BATCH_SIZE } from '@gp/api/mail';

/** Mail jobs one worker runs at once: single emails, or batches of MAIL_BATCH_SIZE. */
export const MAIL_JOBS_AT_ONCE = 2;

/**
 * SMTP connections one worker keeps open: one for every email it may be sending at once, so an
 * email claimed in the mail log is on the wire, not waiting for a connection. A crash therefore
 * flags at most this many emails as "may have arrived".
 */
export const SMTP_CONNECTIONS = MAIL_JOBS_AT_ONCE * MAIL_BATCH_SIZE;
