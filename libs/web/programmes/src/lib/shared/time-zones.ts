import { InjectionToken } from '@angular/core';

/** A zone funders publish deadlines in, and the translation key of its place name. */
export interface FunderTimeZone {
  zone: string;
  placeKey: string;
}

/** The zones the call form offers; Brussels first, as most EU calls close on Brussels time. */
export const FUNDER_TIME_ZONES: readonly FunderTimeZone[] = [
  { zone: 'Europe/Brussels', placeKey: 'brussels' },
  { zone: 'Europe/Stockholm', placeKey: 'stockholm' },
  { zone: 'Europe/Oslo', placeKey: 'oslo' },
  { zone: 'Europe/Helsinki', placeKey: 'helsinki' },
  { zone: 'Europe/Paris', placeKey: 'paris' },
  { zone: 'Europe/Berlin', placeKey: 'berlin' },
  { zone: 'Europe/Warsaw', placeKey: 'warsaw' },
  { zone: 'Europe/Copenhagen', placeKey: 'copenhagen' },
  { zone: 'Europe/Tallinn', placeKey: 'tallinn' },
  { zone: 'Europe/Riga', placeKey: 'riga' },
];

export const DEFAULT_FUNDER_TIME_ZONE = 'Europe/Brussels';

/**
 * The person's own time zone, the browser's. A token so tests pin it instead of depending on
 * the machine they run on.
 */
export const USER_TIME_ZONE = new InjectionToken<string>('USER_TIME_ZONE', {
  providedIn: 'root',
  factory: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
});

/** Now, for "days left"; a token so tests pin the day. */
export const CURRENT_TIME = new InjectionToken<() => Date>('CURRENT_TIME', {
  providedIn: 'root',
  factory: () => () => new Date(),
});
