import { zonedDay } from '../time/zoned-time';
import {
  DEFAULT_REMINDER_OFFSETS,
  reminderFirings,
  reminderFiringsInMinutes,
  reminderJobId,
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

  it('names each reminder once, by deadline, offset and due day', () => {
    expect(reminderJobId('d1', 7, '2027-06-30')).toBe('reminder_d1_7_2027-06-30');
    expect(reminderJobId('d1', 7, '2027-06-30')).not.toBe(reminderJobId('d1', 7, '2027-07-01'));
    expect(reminderJobId('d1', -1, '2027-06-30')).not.toContain(':');
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
