import { zonedWallTimeToInstant } from '../time/zoned-time';
import {
  closingTimeWords,
  daysBetween,
  dueDayWords,
  dueWords,
  reminderActionPath,
  reminderActionWords,
  settingTimeWords,
  whenWords,
  zoneTimeWords,
} from './reminder-wording';

const brussels = (local: string) => zonedWallTimeToInstant(local, 'Europe/Brussels') as Date;

describe('the words of a reminder', () => {
  it('writes the due day with its weekday as each language does', () => {
    expect(dueDayWords('2026-12-04', 'sv')).toBe('fredag 4 december 2026');
    expect(dueDayWords('2026-12-04', 'nb')).toBe('fredag 4. desember 2026');
    expect(dueDayWords('2026-12-04', 'en')).toBe('Friday 4 December 2026');
    // A calendar day is the same day wherever the server runs.
    expect(dueDayWords('2027-01-01', 'sv')).toBe('fredag 1 januari 2027');
  });

  it('gives a Brussels call closing at 12:00 in winter on both clocks for a Swedish reader', () => {
    const dueAt = brussels('2026-12-04T12:00');
    expect(closingTimeWords(dueAt, 'Europe/Brussels', 'Europe/Stockholm', 'sv')).toBe(
      'kl. 12.00 i Bryssel (kl. 12.00 svensk tid)',
    );
    expect(closingTimeWords(dueAt, 'Europe/Brussels', 'Europe/Stockholm', 'en')).toBe(
      'at 12:00 Brussels time (at 12:00 Swedish time)',
    );
  });

  it('gives a Brussels call closing at 17:00 in summer to a Norwegian organisation', () => {
    const dueAt = brussels('2026-06-10T17:00');
    expect(dueAt.toISOString()).toBe('2026-06-10T15:00:00.000Z');
    expect(closingTimeWords(dueAt, 'Europe/Brussels', 'Europe/Oslo', 'nb')).toBe(
      'kl. 17.00 i Brussel (kl. 17.00 norsk tid)',
    );
    expect(
      dueWords({ dueOn: '2026-06-10', dueAt, funderTimeZone: 'Europe/Brussels' }, 'Europe/Oslo', 'nb'),
    ).toBe('onsdag 10. juni 2026 kl. 17.00 i Brussel (kl. 17.00 norsk tid)');
  });

  it('shows the hour apart when the clocks differ, across the change to summer time', () => {
    // Helsinki is an hour ahead of Brussels in winter and in summer; London an hour behind.
    const spring = brussels('2026-03-30T12:00');
    expect(closingTimeWords(spring, 'Europe/Brussels', 'Europe/Helsinki', 'sv')).toBe(
      'kl. 12.00 i Bryssel (kl. 13.00 finsk tid)',
    );
    expect(closingTimeWords(spring, 'Europe/London', 'Europe/Stockholm', 'en')).toBe(
      'at 11:00 London time (at 12:00 Swedish time)',
    );
    // The Sunday the clocks go forward: 12:00 Brussels is 10:00 UTC, not 11:00.
    expect(brussels('2026-03-29T12:00').toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(closingTimeWords(brussels('2026-03-29T12:00'), 'Europe/Brussels', 'Europe/Stockholm', 'sv')).toBe(
      'kl. 12.00 i Bryssel (kl. 12.00 svensk tid)',
    );
  });

  it('names the reader’s day when their clock is already on the next one', () => {
    const newYork = zonedWallTimeToInstant('2026-12-04T20:00', 'America/New_York') as Date;
    expect(closingTimeWords(newYork, 'America/New_York', 'Europe/Stockholm', 'sv')).toBe(
      'kl. 20.00 i New York (lördag 5 december 2026 kl. 02.00 svensk tid)',
    );
  });

  it('gives only the reader’s clock for a funder in the same zone or none known', () => {
    const dueAt = zonedWallTimeToInstant('2026-12-04T15:00', 'Europe/Oslo') as Date;
    expect(closingTimeWords(dueAt, 'Europe/Oslo', 'Europe/Oslo', 'nb')).toBe('kl. 15.00 norsk tid');
    expect(closingTimeWords(dueAt, null, 'Europe/Stockholm', 'sv')).toBe('kl. 15.00 svensk tid');
    expect(dueWords({ dueOn: '2026-12-04', dueAt: null, funderTimeZone: null }, 'Europe/Oslo', 'en')).toBe(
      'Friday 4 December 2026',
    );
  });

  it('names a zone by its country or city', () => {
    expect(zoneTimeWords('Europe/Oslo', 'en')).toBe('Norwegian time');
    expect(zoneTimeWords('Europe/Brussels', 'sv')).toBe('tid i Bryssel');
    expect(zoneTimeWords('America/New_York', 'en')).toBe('New York time');
  });

  it('says how long is left from the reminder’s day', () => {
    expect([7, 1, 0, -1, -3].map((d) => whenWords(d, 'sv'))).toEqual([
      'om 7 dagar',
      'i morgon',
      'i dag',
      'i går, försenad',
      'för 3 dagar sedan, försenad',
    ]);
    expect([7, 1, 0, -1].map((d) => whenWords(d, 'nb'))).toEqual([
      'om 7 dager',
      'i morgen',
      'i dag',
      'i går, forsinket',
    ]);
    expect([7, 1, 0, -1].map((d) => whenWords(d, 'en'))).toEqual([
      'in 7 days',
      'tomorrow',
      'today',
      'yesterday, overdue',
    ]);
  });

  it('writes the send time setting as each language writes a time', () => {
    expect(settingTimeWords('08:00', 'sv')).toBe('08.00');
    expect(settingTimeWords('7:30', 'nb')).toBe('07.30');
    expect(settingTimeWords('08:00', 'en')).toBe('08:00');
  });

  it('says what to do and links to where it is done', () => {
    expect(reminderActionWords('call', 'sv')).toBe(
      'Skicka in ansökan i finansiärens portal innan utlysningen stänger.',
    );
    expect(reminderActionWords('checklist_item', 'nb')).toBe(
      'Gjør ferdig punktet og kryss det av i prosjektets sjekkliste.',
    );
    expect(reminderActionWords('final_report', 'en')).toBe('Hand the final report to the funder.');
    expect(reminderActionPath('call', 'p1', null)).toBe('/projects/p1');
    expect(reminderActionPath('interim_report', 'p1', null)).toBe('/projects/p1');
    expect(reminderActionPath('co_funding_report', 'p1', 'r1')).toBe('/projects/p1#co-funding');
    expect(reminderActionPath('project_end', 'p1', null)).toBe('/projects/p1');
    expect(reminderActionPath('checklist_item', 'p1', 'c9')).toBe('/projects/p1#checklist');
    expect(reminderActionPath('co_funding', 'p1', 'r7')).toBe('/approvals?request=r7');
  });

  it('counts days between calendar days across the change of year and of clocks', () => {
    expect(daysBetween('2026-12-28', '2027-01-04')).toBe(7);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-05', '2026-12-04')).toBe(-1);
  });
});
