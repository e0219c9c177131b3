import { zonedWallTime, zonedWallTimeToInstant, zoneOffsetMinutes } from './zoned-time';

describe('zoned wall-clock times', () => {
  it('reads an Erasmus+ deadline, 12:00 Brussels time in winter, as 11:00 UTC', () => {
    expect(zonedWallTimeToInstant('2026-02-19T12:00', 'Europe/Brussels')?.toISOString()).toBe(
      '2026-02-19T11:00:00.000Z',
    );
  });

  it('reads a deadline in summer time, 12:00 Brussels, as 10:00 UTC', () => {
    expect(zonedWallTimeToInstant('2026-10-01T12:00', 'Europe/Brussels')?.toISOString()).toBe(
      '2026-10-01T10:00:00.000Z',
    );
  });

  it('shows a Brussels deadline at the same wall-clock time in Stockholm and Oslo, an hour earlier in London and later in Helsinki', () => {
    const deadline = zonedWallTimeToInstant('2026-03-05T17:00', 'Europe/Brussels') as Date;
    expect(zonedWallTime(deadline, 'Europe/Stockholm')).toBe('2026-03-05T17:00');
    expect(zonedWallTime(deadline, 'Europe/Oslo')).toBe('2026-03-05T17:00');
    expect(zonedWallTime(deadline, 'Europe/London')).toBe('2026-03-05T16:00');
    expect(zonedWallTime(deadline, 'Europe/Helsinki')).toBe('2026-03-05T18:00');
  });

  it('stays right across the spring change (last Sunday of March 2026, 02:00 → 03:00)', () => {
    expect(zonedWallTimeToInstant('2026-03-29T01:30', 'Europe/Stockholm')?.toISOString()).toBe(
      '2026-03-29T00:30:00.000Z',
    );
    expect(zonedWallTimeToInstant('2026-03-29T03:30', 'Europe/Stockholm')?.toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 02:30 does not exist that night; the later offset is used.
    expect(zonedWallTimeToInstant('2026-03-29T02:30', 'Europe/Stockholm')?.toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('stays right across the autumn change (last Sunday of October 2026, 03:00 → 02:00)', () => {
    expect(zonedWallTimeToInstant('2026-10-25T01:30', 'Europe/Stockholm')?.toISOString()).toBe(
      '2026-10-24T23:30:00.000Z',
    );
    // 02:30 happens twice; the first (summer-time) one is meant.
    expect(zonedWallTimeToInstant('2026-10-25T02:30', 'Europe/Stockholm')?.toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedWallTimeToInstant('2026-10-25T03:30', 'Europe/Stockholm')?.toISOString()).toBe(
      '2026-10-25T02:30:00.000Z',
    );
  });

  it('knows the offsets of summer and winter', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Oslo')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Oslo')).toBe(120);
  });

  it.each([['2026-02-30T12:00'], ['2026-02-19 12:00'], ['2026-02-19T24:00'], ['tomorrow']])(
    'refuses %s',
    (local) => {
      expect(zonedWallTimeToInstant(local, 'Europe/Brussels')).toBeNull();
    },
  );

  it('refuses an unknown zone', () => {
    expect(zonedWallTimeToInstant('2026-02-19T12:00', 'Europe/Atlantis')).toBeNull();
  });
});
