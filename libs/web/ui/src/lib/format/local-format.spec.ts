import { formatLocalDate, formatLocalDay, formatLocalNumber, formatLocalPercent } from './local-format';
import { LocalMoneyPipe } from './local-money.pipe';
import { LocalDatePipe } from './local-date.pipe';

describe('local formats', () => {
  // Noon UTC, so the calendar day is the same in every time zone the tests may run in.
  const instant = '2026-03-05T12:00:00Z';

  it('writes a date as each locale does', () => {
    expect(formatLocalDate(instant, 'sv-SE', 'date')).toBe('5 mars 2026');
    expect(formatLocalDate(instant, 'nb-NO', 'date')).toBe('5. mars 2026');
    expect(formatLocalDate(instant, 'en-GB', 'date')).toBe('5 Mar 2026');
  });

  it('includes the time for instants', () => {
    expect(formatLocalDate(instant, 'sv-SE')).toMatch(/^5 mars 2026 \d\d:\d\d$/);
  });

  it('writes only the clock time when asked to', () => {
    expect(formatLocalDate(instant, 'sv-SE', 'time')).toMatch(/^\d\d:\d\d$/);
    expect(formatLocalDate(instant, 'en-GB', 'time')).not.toContain('2026');
  });

  it('writes a calendar day as the same day wherever the reader is', () => {
    expect(formatLocalDay('2027-01-15', 'sv-SE')).toBe('15 jan. 2027');
    expect(formatLocalDay('2027-01-15', 'en-GB')).toBe('15 Jan 2027');
    expect(formatLocalDay('15/01/2027', 'sv-SE')).toBe('');
  });

  it('shows nothing for a missing or unreadable value', () => {
    expect(formatLocalDate(null, 'sv-SE')).toBe('');
    expect(formatLocalDate('not a date', 'sv-SE')).toBe('');
  });

  it('groups digits the local way', () => {
    expect(formatLocalNumber(1234567.5, 'sv-SE')).toBe('1\u00a0234\u00a0567,5');
    expect(formatLocalNumber(1234567.5, 'en-GB')).toBe('1,234,567.5');
  });

  it('is what the localDate pipe shows', () => {
    expect(new LocalDatePipe().transform(instant, 'nb-NO', 'date')).toBe('5. mars 2026');
  });

  it('writes a rate in percent the local way', () => {
    expect(formatLocalPercent(80, 'sv-SE')).toBe('80\u00a0%');
    expect(formatLocalPercent(66.67, 'nb-NO')).toBe('66,67\u00a0%');
    expect(formatLocalPercent(80, 'en-GB')).toBe('80%');
    expect(formatLocalPercent(null, 'sv-SE')).toBe('');
  });

  it('writes money from minor units with its currency, or nothing without one', () => {
    const pipe = new LocalMoneyPipe();
    expect(pipe.transform(40_000_000, 'EUR', 'en')).toBe('€400,000');
    expect(pipe.transform(40_000_000, null, 'en')).toBe('');
    expect(pipe.transform(null, 'SEK', 'sv')).toBe('');
  });
});
