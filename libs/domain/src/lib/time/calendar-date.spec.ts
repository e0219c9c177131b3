import { isCalendarDate, isLocalDateTime } from './calendar-date';

describe('calendar dates', () => {
  it('accepts days that exist, leap days of leap years included', () => {
    for (const day of ['2027-01-31', '2027-02-28', '2028-02-29', '2000-02-29', '2027-12-31', '1000-01-01'])
      expect(isCalendarDate(day)).toBe(true);
  });

  it('refuses days that do not exist, even when they match the pattern', () => {
    for (const day of [
      '2027-02-30',
      '2027-02-29',
      '1900-02-29',
      '0000-00-00',
      '2027-13-01',
      '2027-00-10',
      '2027-04-31',
      '2027-01-00',
      '0999-12-31',
    ])
      expect(isCalendarDate(day)).toBe(false);
  });

  it('refuses what is not written YYYY-MM-DD', () => {
    for (const value of [
      '2027-1-5',
      '27-01-05',
      '2027-01-05T00:00',
      ' 2027-01-05',
      '2027-01-05\n',
      20270105,
      null,
    ])
      expect(isCalendarDate(value)).toBe(false);
  });

  it('accepts a wall-clock time only on a real day and within the day', () => {
    expect(isLocalDateTime('2027-03-05T12:00')).toBe(true);
    expect(isLocalDateTime('2027-03-05T23:59')).toBe(true);
    expect(isLocalDateTime('2027-02-30T12:00')).toBe(false);
    expect(isLocalDateTime('2027-03-05T24:00')).toBe(false);
    expect(isLocalDateTime('2027-03-05T12:60')).toBe(false);
    expect(isLocalDateTime('2027-03-05')).toBe(false);
  });
});
