import { zonedDay } from '../time/zoned-time';
import {
  DEFAULT_REMINDER_OFFSETS,
  reminderFirings,
  reminderFiringsInMinutes,
  dueRemindersJobId,
  dueDaysFiringBetween,
  instantOfDueRemindersJob,
  reminderOwed,
} from './reminder-schedule';

const iso = (firings: ReturnType<typeof reminderFirings>) =>
  firings.map((f) => [f.offsetDays, f.at.toISOString()]);

describe('when reminders go out', () => {
  it('sends at 08:00 Stockholm time, 30, 14, 7, 3 and 1 days before and the day after', () => {
    expect(iso(reminderFirings('2027-06-30', DEFAULT_REMINDER_OFFSETS, 'Europe/Stockholm'))).toEqual([
      [30, '2027-05-31T06:00:00.000Z'],
      [14, '2027-06-16T06:00:00.000Z'],
      [7, '2027-06-23T06:00:00.000Z'],
      [3, '2027-06-27T06:00:00.000Z'],
      [1, '2027-06-29T06:00:00.000Z'],
      [-1, '2027-07-01T06:00:00.000Z'],
    ]);
  });

  it('keeps 08:00 across the change to summer time (28 March 2027)', () => {
    expect(iso(reminderFirings('2027-04-01', [7, 3], 'Europe/Stockholm'))).toEqual([
      [7, '2027-03-25T07:00:00.000Z'],
      [3, '2027-03-29T06:00:00.000Z'],
    ]);
  });

  it('keeps 08:00 across the change back to winter time (31 October 2027)', () => {
    expect(iso(reminderFirings('2027-11-03', [7, 1], 'Europe/Oslo'))).toEqual([
      [7, '2027-10-27T06:00:00.000Z'],
      [1, '2027-11-02T07:00:00.000Z'],
    ]);
  });

  it('names the reminders due at one instant by that instant', () => {
    const at = new Date('2027-06-23T06:00:00.000Z');
    expect(dueRemindersJobId(at)).toBe('remind_2027-06-23T06-00-00-000Z');
    expect(dueRemindersJobId(at)).not.toContain(':');
    expect(instantOfDueRemindersJob(dueRemindersJobId(at))).toEqual(at);
    expect(instantOfDueRemindersJob('reminder_d1_7_2027-06-30')).toBeNull();
  });

  it('finds the due days whose reminders fire in a window, a day wider each side', () => {
    expect(dueDaysFiringBetween({ call: [30, 1], project_end: [] }, '2027-06-01', '2027-06-03')).toEqual([
      { kind: 'call', from: '2027-06-30', to: '2027-07-04' },
      { kind: 'call', from: '2027-06-01', to: '2027-06-05' },
    ]);
    // Minutes: every offset is under a day, so the window's own days, a day wider.
    expect(dueDaysFiringBetween({ call: [30, 1] }, '2027-06-01', '2027-06-01', true)).toEqual([
      { kind: 'call', from: '2027-05-31', to: '2027-06-02' },
    ]);
  });

  it('reads a call deadline’s day where the organisation is', () => {
    // 23:30 UTC on 30 September is 1 October in Stockholm.
    expect(zonedDay(new Date('2027-09-30T23:30:00Z'), 'Europe/Stockholm')).toBe('2027-10-01');
  });
});

describe('reminderFiringsInMinutes (the test setting)', () => {
  it('counts minutes before the instant, soonest first', () => {
    const dueAt = new Date('2026-11-23T10:02:00Z');
    expect(reminderFiringsInMinutes(dueAt, [1, -1, 1])).toEqual([
      { offsetDays: 1, at: new Date('2026-11-23T10:01:00Z') },
      { offsetDays: -1, at: new Date('2026-11-23T10:03:00Z') },
    ]);
  });
});

describe('reminderOwed (what a claim sends)', () => {
  const claim = new Date('2027-06-23T06:00:00.000Z');
  const hoursBefore = (h: number) => new Date(claim.getTime() - h * 3_600_000);
  const longAgo = new Date('2027-01-01T00:00:00.000Z');

  it('owes what fell due at the claim and within the 12 hours before it, nothing older or later', () => {
    expect(reminderOwed(claim, claim, longAgo)).toBe(true);
    expect(reminderOwed(hoursBefore(11), claim, longAgo)).toBe(true);
    expect(reminderOwed(hoursBefore(12), claim, longAgo)).toBe(false);
    expect(reminderOwed(new Date(claim.getTime() + 1), claim, longAgo)).toBe(false);
  });

  it('does not owe a caught-up reminder that fell due before its deadline was set, but does at its own instant', () => {
    expect(reminderOwed(hoursBefore(2), claim, hoursBefore(1))).toBe(false);
    expect(reminderOwed(claim, claim, new Date(claim.getTime() + 500))).toBe(true);
  });
});
