import type { Currency, MoveProjectInput, Stage } from '@gp/domain';

/** What the move dialog needs to know of the project it moves, from a board card or the project page. */
export interface MoveSubject {
  title: string;
  stage: Stage;
  currency: Currency;
  grantedMinor: number | null;
  /** The grant applied for: a granted amount above it is asked about before the move. */
  requestedGrantMinor: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  /** Unknown on the board's cards (undefined): the dialog then asks without a prefilled value. */
  interimReportOn?: string | null;
  finalReportOn?: string | null;
  /** Unknown on the board's cards (undefined): no "results are empty" warning there. */
  results?: string;
}

/** What a move sends beyond the stage and the version. */
export type MoveDetails = Omit<MoveProjectInput, 'to' | 'version'>;
