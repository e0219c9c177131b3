/**
 * Wall-clock times in a named time zone, without a time-zone library: a funder publishes
 * "19 February 12:00 Brussels time", the database keeps the instant, and each person sees it in
 * their own zone. Daylight saving is handled by asking Intl for the zone's offset at that instant.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The zone's offset from UTC in minutes at an instant (e.g. +60 for Brussels in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which the wall clock in `timeZone` shows `local` (YYYY-MM-DDTHH:mm). A time in
 * the hour skipped when clocks go forward moves an hour later (02:30 reads as 03:30); in the hour
 * repeated when they go back, the first (summer-time) occurrence is meant.
 * @returns null when `local` is not a valid wall-clock time or the zone is unknown
 */
export function zonedWallTimeToInstant(local: string, timeZone: string): Date | null {
  const match = WALL_TIME.exec(local);
  if (!match || !isTimeZone(timeZone)) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59
  )
    return null;
  // Two passes settle on the offset in force at the resulting instant.
  const first = asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60_000;
  const earlierOffset = zoneOffsetMinutes(new Date(first - 3_600_000), timeZone);
  const candidate = asUtc - earlierOffset * 60_000;
  if (zonedWallTime(new Date(candidate), timeZone) === local) return new Date(candidate);
  if (zonedWallTime(new Date(first), timeZone) === local) return new Date(first);
  // A time in the hour skipped in spring: read it on the summer-time side, as clocks would show.
  return new Date(candidate);
}

/** The wall-clock time (YYYY-MM-DDTHH:mm) an instant shows in a zone. */
export function zonedWallTime(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function zonedDay(instant: Date, timeZone: string): string {
  return zonedWallTime(instant, timeZone).slice(0, 10);
}
