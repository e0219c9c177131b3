import { z } from 'zod';
import { parseReminderOffsets, type Country } from '@gp/domain';
import { appConfigSchema } from './app-config.schema';

/** The demo data's municipality, named as it signs its reports. */
const DEMO_ORGANISATION_NAME = 'Demo kommun';

/** The validated configuration of one api or worker process. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  appUrl: string;
  databaseUrl: string;
  databasePoolMax: number;
  redisUrl: string;
  queuePrefix: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  /** Seconds a session row's expiry may trail the last request before a request renews it (not an env variable: tests shorten it). */
  sessionTouchSeconds: number;
  timeZone: string;
  /** The organisation's country: its working days, and the shape of its minutes' § and case numbers. */
  country: Country;
  /** The organisation's name on its reports; the demo municipality's with demo data, else none until set. */
  organisationName: string | null;
  demoData: boolean;
  /** The admin made at start when the database has none: how a production desk gets its first account. */
  firstAdmin: { email: string; password: string } | null;
  webDist: string | undefined;
  trustProxy: boolean;
  signInAttempts: number;
  /** Failed sign-ins per client address across accounts in 15 minutes before 429. */
  signInAddressAttempts: number;
  /** Failed sign-ins of one account from any address in 15 minutes before its sign-ins are slowed. */
  signInAccountAttempts: number;
  /** The wait added per failure past `signInAccountAttempts`, up to `signInSlowDelayMaxMs`. */
  signInSlowDelayMs: number;
  signInSlowDelayMaxMs: number;
  /** Wrong current passwords per account in 15 minutes before 429. */
  passwordCheckAttempts: number;
  /** argon2 hashes at once per process; the rest wait their client's turn. */
  passwordHashConcurrency: number;
  /** Password checks one client may have waiting; one more is answered 429 without a hash. */
  passwordHashQueuePerClient: number;
  /** Days before a deadline its reminders go out; -1 is the day after. */
  reminderOffsetsDays: number[];
  /** The wall-clock time in `timeZone` reminders go out on their day (HH:mm). */
  reminderSendTime: string;
  /**
   * A test setting: every offset counts minutes before the deadline's instant (its published time,
   * else the send time on its day), so a reminder can be seen arriving within minutes.
   */
  reminderOffsetsInMinutes: boolean;
  /** Hours ahead that reminders are jobs in Redis; later ones wait in PostgreSQL for the reconciler. */
  reminderHorizonHours: number;
  /** Seconds between a worker's checks that its schedulers (reconcile, digest, outbox sweep) are in Redis. */
  schedulerCheckSeconds: number;
  /** Seconds between sweeps of the mail log's outbox. */
  outboxSweepSeconds: number;
  /** Hours an email that failed in transport is retried before it fails for good and is flagged. */
  mailRetryForHours: number;
  /** The first retry's wait in ms; it doubles up to `mailRetryBackoffMaxMs`. */
  mailRetryBackoffMs: number;
  mailRetryBackoffMaxMs: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

/** A wrong or missing environment variable; its message is one line naming it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    received: string | undefined,
  ) {
    super(
      received === undefined
        ? `Configuration error: ${variable} is missing; expected ${expected}.`
        : `Configuration error: ${variable} is not valid; expected ${expected}.`,
    );
    this.name = 'ConfigError';
  }
}

type OffInProduction = 'DEMO_DATA' | 'REMINDER_OFFSETS_IN_MINUTES';

/**
 * Settings for trying the desk or testing it, each with why a production process refuses to start
 * with it on (api and worker alike: both read the configuration through loadAppConfig).
 */
const NOT_IN_PRODUCTION: Record<OffInProduction, string> = {
  DEMO_DATA:
    'the demo data signs in admin@demo.kommun.se and the other demo accounts with a published password; try the demo with NODE_ENV=development',
  REMINDER_OFFSETS_IN_MINUTES: 'it is a test setting that sends reminders minutes, not days, ahead',
};

/** Reads and checks the environment once, at boot. Throws ConfigError naming the first bad variable. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = appConfigSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue.path[0]);
    const shape = appConfigSchema.shape[variable as keyof typeof appConfigSchema.shape] as
      z.ZodType | undefined;
    throw new ConfigError(variable, shape?.description ?? issue.message, present[variable]);
  }
  const e = result.data;
  if (e.NODE_ENV === 'production')
    for (const [variable, why] of Object.entries(NOT_IN_PRODUCTION) as Array<[OffInProduction, string]>)
      if (e[variable]) throw new ConfigError(variable, `off in production: ${why}`, present[variable]);
  // One without the other would start a desk nobody can sign in to, silently.
  if (Boolean(e.FIRST_ADMIN_EMAIL) !== Boolean(e.FIRST_ADMIN_PASSWORD)) {
    const missing = e.FIRST_ADMIN_EMAIL ? 'FIRST_ADMIN_PASSWORD' : 'FIRST_ADMIN_EMAIL';
    throw new ConfigError(
      missing,
      `${missing} with ${missing === 'FIRST_ADMIN_EMAIL' ? 'FIRST_ADMIN_PASSWORD' : 'FIRST_ADMIN_EMAIL'}: set both or neither`,
      undefined,
    );
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    redisUrl: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionSecret: e.SESSION_SECRET,
    sessionTouchSeconds: 5 * 60,
    timeZone: e.TZ,
    country: e.COUNTRY,
    organisationName: e.ORGANISATION_NAME ?? (e.DEMO_DATA ? DEMO_ORGANISATION_NAME : null),
    demoData: e.DEMO_DATA,
    firstAdmin:
      e.FIRST_ADMIN_EMAIL && e.FIRST_ADMIN_PASSWORD
        ? { email: e.FIRST_ADMIN_EMAIL, password: e.FIRST_ADMIN_PASSWORD }
        : null,
    webDist: e.WEB_DIST,
    trustProxy: e.TRUST_PROXY,
    signInAttempts: e.SIGN_IN_ATTEMPTS,
    signInAddressAttempts: e.SIGN_IN_ADDRESS_ATTEMPTS,
    signInAccountAttempts: e.SIGN_IN_ACCOUNT_ATTEMPTS,
    signInSlowDelayMs: e.SIGN_IN_SLOW_DELAY_MS,
    signInSlowDelayMaxMs: e.SIGN_IN_SLOW_DELAY_MAX_MS,
    passwordCheckAttempts: e.PASSWORD_CHECK_ATTEMPTS,
    passwordHashConcurrency: e.PASSWORD_HASH_CONCURRENCY,
    passwordHashQueuePerClient: e.PASSWORD_HASH_QUEUE_PER_CLIENT,
    reminderSendTime: e.REMINDER_SEND_TIME,
    reminderOffsetsDays: parseReminderOffsets(e.REMINDER_OFFSETS_DAYS) as number[],
    reminderOffsetsInMinutes: e.REMINDER_OFFSETS_IN_MINUTES,
    reminderHorizonHours: e.REMINDER_HORIZON_HOURS,
    schedulerCheckSeconds: e.SCHEDULER_CHECK_SECONDS,
    outboxSweepSeconds: e.OUTBOX_SWEEP_SECONDS,
    mailRetryForHours: e.MAIL_RETRY_FOR_HOURS,
    mailRetryBackoffMs: e.MAIL_RETRY_BACKOFF_MS,
    mailRetryBackoffMaxMs: e.MAIL_RETRY_BACKOFF_MAX_MS,
    logLevel: e.LOG_LEVEL,
  };
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;

/** Nest's logger levels from the most severe down to the configured one. */
export function logLevelsFrom(level: AppConfig['logLevel']): Array<(typeof LOG_LEVELS)[number]> {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}
