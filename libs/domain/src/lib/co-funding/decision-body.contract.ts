import type { Currency } from '../money/currency';

/** The countries whose municipalities use the desk: their decision bodies, holidays and case numbers. */
export const COUNTRIES = ['SE', 'NO'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * The bodies that decide on co-funding: a department's committee (nämnd; hovudutval/utvalg), the
 * municipal board (kommunstyrelsen; formannskapet) and the council (kommunfullmäktige;
 * kommunestyret), each named in the organisation's language by the admin.
 */
export const DECISION_BODY_KINDS = ['committee', 'municipal_board', 'council'] as const;
export type DecisionBodyKind = (typeof DECISION_BODY_KINDS)[number];

export interface DecisionBody {
  id: string;
  kind: DecisionBodyKind;
  name: string;
  /** The department whose committee it is; null for the municipal board and the council. */
  departmentId: string | null;
  /** Calendar days before a meeting the officer's report (tjänsteskrivelse) must be registered. */
  reportDaysBefore: number;
  /** Working days after a meeting until its minutes are approved (justerat) and an extract exists. */
  minutesWorkingDays: number;
  /** The meeting plan (sammanträdesplan): meeting days, YYYY-MM-DD, in order. */
  meetings: string[];
  version: number;
}

export interface DecisionBodyInput {
  kind: DecisionBodyKind;
  name: string;
  departmentId: string | null;
  reportDaysBefore: number;
  minutesWorkingDays: number;
  meetings: string[];
}

export type UpdateDecisionBodyInput = Partial<DecisionBodyInput> & { version: number };

/**
 * What a department's committee has delegated: the head of administration (förvaltningschef;
 * avdelingsleder in the Norwegian texts) decides alone up to `headLimitMinor`; a request over more than
 * `boardAfterYears` budget years goes to the municipal board.
 */
export interface DelegationLimit {
  departmentId: string;
  departmentName: string;
  /** Null: nothing is delegated, every request goes to the committee. */
  headLimitMinor: number | null;
  currency: Currency | null;
  boardAfterYears: number;
  version: number;
}

export interface DelegationLimitInput {
  headLimitMinor: number | null;
  currency: Currency | null;
  boardAfterYears: number;
  version: number;
}

/** The municipal board decides over this many budget years unless a department says otherwise (DOMAIN.md). */
export const DEFAULT_BOARD_AFTER_YEARS = 3;

/** Working days before the call deadline the application needs the extract of the minutes, unless the programme says. */
export const DEFAULT_EXTRACT_WORKING_DAYS = 5;
