import { ConfigError, loadAppConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/grants',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SESSION_SECRET: 'x'.repeat(32),
};

describe('loadAppConfig', () => {
  it('fills the defaults an organisation in Sweden expects', () => {
    const config = loadAppConfig(valid);
    expect(config).toMatchObject({
      port: 3000,
      timeZone: 'Europe/Stockholm',
      appUrl: 'http://localhost:3000',
      smtpUrl: undefined,
      demoData: false,
      queuePrefix: 'gp',
      reminderOffsetsDays: [30, 14, 7, 3, 1, -1],
    });
    expect(loadAppConfig({ ...valid, REMINDER_OFFSETS_DAYS: '14, 3 -1' }).reminderOffsetsDays).toEqual([
      14, 3, -1,
    ]);
  });

  it('names the organisation as set, the demo municipality with demo data, and no one otherwise', () => {
    expect(loadAppConfig(valid).organisationName).toBeNull();
    expect(loadAppConfig({ ...valid, DEMO_DATA: 'on' }).organisationName).toBe('Demo kommun');
    expect(loadAppConfig({ ...valid, ORGANISATION_NAME: ' Ljungby kommun ' }).organisationName).toBe(
      'Ljungby kommun',
    );
  });

  it('names a missing variable and what it expects, in one line', () => {
    const { DATABASE_URL: _, ...rest } = valid;
    expect(() => loadAppConfig(rest)).toThrow(ConfigError);
    expect(() => loadAppConfig(rest)).toThrow(
      /^Configuration error: DATABASE_URL is missing; expected a PostgreSQL URL/,
    );
  });

  it.each([
    ['PORT', 'eighty', /PORT is not valid; expected a TCP port number/],
    ['TZ', 'Europe/Atlantis', /TZ is not valid; expected an IANA time zone/],
    ['REDIS_URL', 'http://localhost', /REDIS_URL is not valid; expected a Redis URL/],
    ['SESSION_SECRET', 'short', /SESSION_SECRET is not valid; expected a random secret of at least 32/],
    ['SMTP_URL', 'mail.example', /SMTP_URL is not valid; expected an SMTP URL/],
    ['DEMO_DATA', 'maybe', /DEMO_DATA is not valid; expected on or off/],
    ['REMINDER_SEND_TIME', '8 am', /REMINDER_SEND_TIME is not valid; expected a time of day such as 08:00/],
    ['REMINDER_OFFSETS_DAYS', '30 days', /REMINDER_OFFSETS_DAYS is not valid; expected whole days/],
    // The limits an admin's reminder rules have: a year before to a month after.
    ['REMINDER_OFFSETS_DAYS', '400,7', /REMINDER_OFFSETS_DAYS is not valid; expected whole days/],
    ['REMINDER_OFFSETS_DAYS', '7,-31', /REMINDER_OFFSETS_DAYS is not valid; expected whole days/],
  ])('refuses a wrong %s', (variable, value, message) => {
    expect(() => loadAppConfig({ ...valid, [variable]: value })).toThrow(message);
  });

  it('takes the first admin only as an address and a password together', () => {
    expect(loadAppConfig(valid).firstAdmin).toBeNull();
    expect(
      loadAppConfig({
        ...valid,
        FIRST_ADMIN_EMAIL: 'it@kommun.se',
        FIRST_ADMIN_PASSWORD: 'a long first password',
      }).firstAdmin,
    ).toEqual({ email: 'it@kommun.se', password: 'a long first password' });
    expect(() => loadAppConfig({ ...valid, FIRST_ADMIN_EMAIL: 'it@kommun.se' })).toThrow(
      /^Configuration error: FIRST_ADMIN_PASSWORD is missing; expected FIRST_ADMIN_PASSWORD with FIRST_ADMIN_EMAIL/,
    );
    expect(() =>
      loadAppConfig({ ...valid, FIRST_ADMIN_EMAIL: 'it', FIRST_ADMIN_PASSWORD: 'a long first password' }),
    ).toThrow(/FIRST_ADMIN_EMAIL is not valid; expected the email address of the first admin/);
  });

  it('keeps the minutes test setting off by default and out of production', () => {
    expect(loadAppConfig(valid).reminderOffsetsInMinutes).toBe(false);
    expect(loadAppConfig({ ...valid, REMINDER_OFFSETS_IN_MINUTES: 'on' }).reminderOffsetsInMinutes).toBe(
      true,
    );
    expect(() =>
      loadAppConfig({ ...valid, NODE_ENV: 'production', REMINDER_OFFSETS_IN_MINUTES: 'on' }),
    ).toThrow(/^Configuration error: REMINDER_OFFSETS_IN_MINUTES is not valid; expected off in production/);
  });

  it('refuses the demo data in production, for the api and the worker alike', () => {
    for (const on of ['on', 'true', '1'])
      expect(() => loadAppConfig({ ...valid, NODE_ENV: 'production', DEMO_DATA: on })).toThrow(
        /^Configuration error: DEMO_DATA is not valid; expected off in production: the demo data signs in admin@demo\.kommun\.se .* with a published password/,
      );
    expect(loadAppConfig({ ...valid, NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadAppConfig({ ...valid, NODE_ENV: 'production', DEMO_DATA: 'off' }).demoData).toBe(false);
    expect(loadAppConfig({ ...valid, NODE_ENV: 'development', DEMO_DATA: 'on' }).demoData).toBe(true);
  });

  it('reads on/off flags and the Norwegian time zone', () => {
    const config = loadAppConfig({
      ...valid,
      DEMO_DATA: 'on',
      TZ: 'Europe/Oslo',
      APP_URL: 'https://projekt.kommun.no/',
    });
    expect(config.demoData).toBe(true);
    expect(config.timeZone).toBe('Europe/Oslo');
    expect(config.appUrl).toBe('https://projekt.kommun.no');
  });
});
