/** Emails one worker sends at once, and the SMTP connections it keeps open for them. */
export const MAIL_CONCURRENCY = 5;
