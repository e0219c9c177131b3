import type { Currency } from '../money/currency';

/**
 * How a programme is funded and managed: directly by the Commission, through a national managing
 * authority (shared management), as European territorial cooperation, or by a national body or
 * foundation.
 */
export const PROGRAMME_KINDS = ['eu_direct', 'eu_shared', 'interreg', 'national', 'foundation'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/** A funding programme, e.g. Erasmus+ or Interreg Central Baltic. */
export interface Programme {
  id: string;
  name: string;
  funder: string;
  kind: ProgrammeKind;
  /** The share of eligible costs the programme typically pays, in percent; null where it varies. */
  coFinancingRatePercent: number | null;
  link: string | null;
  descriptionSv: string;
  descriptionEn: string;
  /** Working days before a call's deadline an application needs the extract of the co-funding minutes. */
  extractWorkingDays: number;
  version: number;
  calls: Call[];
}

export interface ProgrammeInput {
  name: string;
  funder: string;
  kind: ProgrammeKind;
  coFinancingRatePercent: number | null;
  link: string | null;
  descriptionSv: string;
  descriptionEn: string;
  /** Left out: 5 for a new programme, unchanged on an edit. */
  extractWorkingDays?: number;
}

/** An open call of a programme. Its deadline is an instant, published in the funder's time zone. */
export interface Call {
  id: string;
  programmeId: string;
  title: string;
  /** Calendar day the call opens (YYYY-MM-DD), when known. */
  opensOn: string | null;
  /** The deadline as an ISO instant (UTC). */
  deadline: string;
  /** The IANA zone the funder publishes the deadline in, e.g. Europe/Brussels. */
  deadlineTimeZone: string;
  maxGrantMinor: number | null;
  maxGrantCurrency: Currency | null;
  coFinancingRatePercent: number | null;
  link: string | null;
  version: number;
}

export interface CallInput {
  title: string;
  opensOn: string | null;
  /** The deadline as the funder writes it: a wall-clock time (YYYY-MM-DDTHH:mm) in `deadlineTimeZone`. */
  deadlineLocal: string;
  deadlineTimeZone: string;
  maxGrantMinor: number | null;
  maxGrantCurrency: Currency | null;
  coFinancingRatePercent: number | null;
  link: string | null;
}
