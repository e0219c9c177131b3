import { z } from 'zod';
import {
  DEFAULT_REMINDER_OFFSETS,
  COUNTRIES,
  isTimeZone,
  parseReminderOffsets,
  REMINDER_SEND_TIME,
  reminderOffsetsProblem,
} from '@gp/domain';

const booleanFlag = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => ['on', 'true', '1'].includes(v));

function hasProtocol(protocols: string[]) {
  return (value: string) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  };
}

/**
 * Every environment variable the api and worker read, with what each expects.
 * The descriptions are what a person sees when a value is wrong.
 */
export const appConfigSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe('one of development, production, test'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe('a TCP port number, e.g. 3000'),
  APP_URL: z
    .string()
    .refine(hasProtocol(['http:', 'https:']))
    .optional()
    .describe('the public address of the app, e.g. https://projekt.kommun.se'),
  DATABASE_URL: z
    .string()
    .refine(hasProtocol(['postgres:', 'postgresql:']))
    .describe('a PostgreSQL URL, e.g. postgres://user:password@localhost:5432/grants'),
  DATABASE_POOL_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(10)
    .describe('a whole number from 1 to 100'),
  REDIS_URL: z
    .string()
    .refine(hasProtocol(['redis:', 'rediss:']))
    .describe('a Redis URL, e.g. redis://localhost:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/i)
    .default('gp')
    .describe('letters, digits, - or _ (at most 40)'),
  SMTP_URL: z
    .string()
    .refine(hasProtocol(['smtp:', 'smtps:']))
    .optional()
    .describe(
      'an SMTP URL, e.g. smtp://user:password@smtp.kommun.se:587; leave unset to keep emails in the app',
    ),
  MAIL_FROM: z
    .string()
    .min(3)
    .default('Projektdesken <no-reply@localhost>')
    .describe('a sender such as Projektdesken <no-reply@kommun.se>'),
  SESSION_SECRET: z.string().min(32).describe('a random secret of at least 32 characters'),
  COUNTRY: z
    .enum(COUNTRIES)
    .default('SE')
    .describe('SE or NO: the country whose holidays, decision bodies and case numbers the organisation uses'),
  ORGANISATION_NAME: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .describe("the organisation's name, as the annual report is signed, e.g. Ljungby kommun"),
  TZ: z
    .string()
    .refine(isTimeZone)
    .default('Europe/Stockholm')
    .describe('an IANA time zone, e.g. Europe/Stockholm or Europe/Oslo'),
  FIRST_ADMIN_EMAIL: z
    .string()
    .email()
    .optional()
    .describe('the email address of the first admin, made at start when no admin exists, e.g. it@kommun.se'),
  FIRST_ADMIN_PASSWORD: z
    .string()
    .min(12)
    .max(256)
    .optional()
    .describe('the first admin\'s password, 12 to 256 characters; change it after the first sign-in'),
  DEMO_DATA: booleanFlag.default(false).describe('on or off: load the demo data once'),
  WEB_DIST: z.string().optional().describe('the folder of the built web app'),
  TRUST_PROXY: booleanFlag
    .default(false)
    .describe('on when a reverse proxy terminates TLS in front of the api'),
  LOG_LEVEL: z
    .enum(['error', 'warn', 'log', 'debug'])
    .default('log')
    .describe('one of error, warn, log, debug'),
  SIGN_IN_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(10)
    .describe('failed sign-ins allowed per address and account in 15 minutes'),
  SIGN_IN_ADDRESS_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(30)
    .describe('failed sign-ins allowed per client address, whatever the accounts, in 15 minutes'),
  SIGN_IN_ACCOUNT_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(10)
    .describe(
      'failed sign-ins of one account, from any address, in 15 minutes before its sign-ins are slowed and its owner is emailed',
    ),
  SIGN_IN_SLOW_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60_000)
    .default(250)
    .describe(
      "milliseconds added to a slowed account's sign-in for each failure past the limit, from 0 to 60000",
    ),
  SIGN_IN_SLOW_DELAY_MAX_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600_000)
    .default(5000)
    .describe("the longest wait of a slowed account's sign-in in milliseconds, from 0 to 600000"),
  PASSWORD_CHECK_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(5)
    .describe('wrong current passwords allowed per account in 15 minutes when changing a password'),
  PASSWORD_HASH_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(2)
    .describe('password hashes run at once per api process, a whole number from 1 to 64'),
  PASSWORD_HASH_QUEUE_PER_CLIENT: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(3)
    .describe(
      'password checks one client address may have waiting before it is answered 429, from 1 to 1000',
    ),
  REMINDER_SEND_TIME: z
    .string()
    .default(REMINDER_SEND_TIME)
    .refine((value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value), {
      message: 'expected a time of day such as 08:00',
    })
    .describe('a time of day such as 08:00'),
  REMINDER_OFFSETS_DAYS: z
    .string()
    .default(DEFAULT_REMINDER_OFFSETS.join(','))
    // The rules an admin's days follow: whole days, a year before to a month after.
    .refine(
      (value) => {
        const days = parseReminderOffsets(value);
        return days !== null && days.length > 0 && reminderOffsetsProblem(days) === null;
      },
      {
        message: 'expected whole days before the due day separated by commas, e.g. 30,14,7,3,1,-1',
      },
    )
    .describe('whole days before a deadline, comma-separated, e.g. 30,14,7,3,1,-1 (-1 is the day after)'),
  REMINDER_OFFSETS_IN_MINUTES: booleanFlag
    .default(false)
    .describe(
      'on or off; a test setting: on counts every reminder offset in minutes before the deadline instead of days (never in production)',
    ),
  REMINDER_HORIZON_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(48)
    .describe('hours ahead that reminders are scheduled in Redis, a whole number from 1 to 336 (the rest wait in PostgreSQL)'),
  SCHEDULER_CHECK_SECONDS: z.coerce
    .number()
    .min(0.2)
    .max(3600)
    .default(60)
    .describe('seconds between a worker\'s checks that its schedulers are in Redis, from 0.2 to 3600'),
  OUTBOX_SWEEP_SECONDS: z.coerce
    .number()
    .min(0.2)
    .max(3600)
    .default(60)
    .describe('seconds between sweeps that put emails left queued in the mail log back on the queue, from 0.2 to 3600'),
  MAIL_RETRY_FOR_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 7)
    .default(24)
    .describe('hours an email that failed in transport is retried before it is flagged as failed, from 0 to 168'),
  MAIL_RETRY_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(3_600_000)
    .default(10_000)
    .describe('milliseconds before the first retry of a failed email (doubling after), from 10 to 3600000'),
  MAIL_RETRY_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(24 * 3_600_000)
    .default(30 * 60_000)
    .describe('the longest wait between two retries of a failed email in milliseconds, from 10 to 86400000'),
});

export type AppConfigInput = z.input<typeof appConfigSchema>;
