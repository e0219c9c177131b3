import type { Money } from '../money/money';
import type { Outcome } from './outcome';
import type { Stage } from './stage';

/**
 * What the stage rules need to know of a project, and no more, so the API can
 * build it from its entity and the web app from the card it shows. Optional
 * facts the caller does not have make their rule stand aside (a project
 * without checklist facts is not refused for its checklist); facts it has but
 * are empty (`programmeId: null`) count as missing.
 */
export interface ProjectFacts {
  /** Only needed to link a copy to the project it was copied from. */
  id?: string;
  stage: Stage;
  /** The funder's answer in decision and after, or how a closed project ended. */
  outcome?: Outcome | null;
  programmeId?: string | null;
  callId?: string | null;
  /** The call deadline as an ISO 8601 instant. */
  callDeadline?: string | null;
  /** Planned start and end as calendar dates (YYYY-MM-DD). */
  plannedStart?: string | null;
  plannedEnd?: string | null;
  grantedAmount?: Money | null;
  /** Counts of required checklist items; optional items never hold a card back. */
  checklist?: { required: number; requiredDone: number };
  /** Whether the project asks its department for co-funding, and whether the head approved it. */
  coFunding?: { asked: boolean; approved: boolean };
}

/**
 * A move the user asks for. `outcome` is the outcome chosen when closing
 * (ignored for other moves); without it, closing takes the outcome the facts
 * already decide, if any (see closingOutcome).
 */
export interface StageMove {
  from: Stage;
  to: Stage;
  outcome?: Outcome;
}
