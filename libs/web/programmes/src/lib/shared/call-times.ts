import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { isTimeZone, zonedWallTime } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { formatLocalNumber } from '@gp/web/ui';
import { CURRENT_TIME, FUNDER_TIME_ZONES, USER_TIME_ZONE } from './time-zones';

/** How near a deadline is, for its chip: the words carry the meaning, the tone only repeats it. */
export type DeadlineUrgency = 'passed' | 'soon' | 'later';

/** A call's deadline as the person reads it. */
export interface DeadlineDescription {
  /** The instant, for `<time datetime>`. */
  iso: string;
  /** In the person's own zone: "5 mars 2027 kl. 12:00". */
  local: string;
  /** The funder's wall clock when it shows another time than the person's: "(kl. 12:00 i Bryssel)". */
  funder: string | null;
  /** "om 42 dagar", "i morgon", "i dag", "passerad". */
  left: string;
  urgency: DeadlineUrgency;
}

const DAY_MS = 86_400_000;
/** A deadline this many days away or nearer is "soon". */
const SOON_DAYS = 14;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${options.dateStyle ?? ''}|${options.timeStyle ?? ''}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, found);
  }
  return found;
}

/** Day number of a wall-clock time's calendar day, for counting days between two of them. */
const dayOf = (wallTime: string): number => Date.parse(`${wallTime.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/**
 * Deadlines and opening days of calls in the active language. A deadline is an instant that the
 * funder published in its own zone: the person sees it in theirs, and also on the funder's clock
 * when that shows another time (a Brussels deadline seen from Helsinki, not from Stockholm).
 * Reads the language signals, so a computed() that calls it follows a language switch.
 */
@Injectable({ providedIn: 'root' })
export class CallTimes {
  private readonly languages = inject(LanguageStore);
  private readonly transloco = inject(TranslocoService);
  private readonly userZone = inject(USER_TIME_ZONE);
  private readonly now = inject(CURRENT_TIME);

  deadline(deadline: string, funderZone: string): DeadlineDescription {
    const locale = this.languages.locale();
    const instant = new Date(deadline);
    const userWall = zonedWallTime(instant, this.userZone);
    const local = format(locale, this.userZone, { dateStyle: 'long', timeStyle: 'short' }).format(instant);

    let funder: string | null = null;
    if (isTimeZone(funderZone)) {
      const funderWall = zonedWallTime(instant, funderZone);
      if (funderWall !== userWall) {
        const place = this.placeName(funderZone);
        funder =
          funderWall.slice(0, 10) === userWall.slice(0, 10)
            ? this.t('programmes.deadline.funderTime', {
                time: format(locale, funderZone, { timeStyle: 'short' }).format(instant),
                place,
              })
            : this.t('programmes.deadline.funderDateTime', {
                dateTime: format(locale, funderZone, { dateStyle: 'long', timeStyle: 'short' }).format(
                  instant,
                ),
                place,
              });
      }
    }

    const now = this.now();
    if (instant.getTime() <= now.getTime()) {
      return { iso: deadline, local, funder, left: this.t('programmes.deadline.passed'), urgency: 'passed' };
    }
    // Calendar days in the person's zone: a deadline tomorrow morning is "tomorrow" tonight.
    const days = dayOf(userWall) - dayOf(zonedWallTime(now, this.userZone));
    const left =
      days === 0
        ? this.t('programmes.deadline.today')
        : days === 1
          ? this.t('programmes.deadline.tomorrow')
          : this.t('programmes.deadline.inDays', { days: formatLocalNumber(days, locale) });
    return { iso: deadline, local, funder, left, urgency: days <= SOON_DAYS ? 'soon' : 'later' };
  }

  /** A calendar day (YYYY-MM-DD) in the active language: "10 januari 2027". The same day everywhere. */
  day(day: string): string {
    const date = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return day;
    return format(this.languages.locale(), 'UTC', { dateStyle: 'long' }).format(date);
  }

  /** "Bryssel" for Europe/Brussels; an unlisted zone by its own city part ("Europe/Isle_of_Man" → "Isle of Man"). */
  placeName(zone: string): string {
    const known = FUNDER_TIME_ZONES.find((z) => z.zone === zone);
    return known
      ? this.t(`programmes.zones.${known.placeKey}`)
      : (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  }

  // Names the language, which also makes a computed() calling this follow a language switch.
  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params, this.languages.language());
  }
}
