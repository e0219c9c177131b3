import { zonedWallTime } from '@gp/domain';

/** Offsets remembered at most; an export's instants fall in a few thousand hours at most. */
const MOST_HOURS = 10_000;

/**
 * Instants as the wall-clock time (YYYY-MM-DDTHH:mm) they show in the organisation's zone, for the
 * export's instant cells. libs/domain's zonedWallTime asks Intl for each instant, about 20 µs;
 * an export of 5,000 projects has two instants a row, so the zone's offset is kept per hour
 * (zones change offset on the hour).
 */
export class ZonedClock {
  private readonly offsets = new Map<number, number>();

  constructor(private readonly timeZone: string) {}

  wallTime(iso: string): string | null {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return null;
    const hour = Math.floor(ms / 3_600_000);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      const onTheHour = new Date(hour * 3_600_000);
      offset = Date.parse(`${zonedWallTime(onTheHour, this.timeZone)}:00Z`) - onTheHour.getTime();
      if (this.offsets.size < MOST_HOURS) this.offsets.set(hour, offset);
    }
    return new Date(ms + offset).toISOString().slice(0, 16);
  }
}
