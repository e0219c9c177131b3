import type { ChecklistProgress } from '../checklists/checklist.contract';
import type { Currency } from '../money/currency';
import type { Outcome } from '../pipeline/outcome';
import type { Stage } from '../pipeline/stage';
import type { Partner } from './project.contract';

/** A card on the board: what a coordinator scans for, and what the stage rules need to judge a drop. */
export interface BoardCard {
  id: string;
  title: string;
  stage: Stage;
  outcome: Outcome | null;
  version: number;
  departmentId: string;
  departmentName: string;
  programmeId: string | null;
  programmeName: string | null;
  callId: string | null;
  /** The call deadline (ISO instant) while applying or awaiting a decision. */
  callDeadline: string | null;
  projectLeadId: string | null;
  projectLeadName: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  currency: Currency;
  requestedMinor: number | null;
  grantedMinor: number | null;
  /** The application checklist's progress; null when the project has no checklist. */
  checklist: ChecklistProgress | null;
  /** Whether co-funding is asked for and all of it approved; null when no department was asked. */
  coFunding: { asked: boolean; approved: boolean } | null;
  updatedAt: string;
}

export interface BoardColumn {
  stage: Stage;
  /** Every card of the stage that matches the filters, not only the ones listed. */
  count: number;
  /** Requested (or, from decision on, granted) amounts per currency, in minor units, over every matching card. */
  sums: Partial<Record<Currency, number>>;
  /** The column's first page, most recently changed first. */
  cards: BoardCard[];
  /** The cursor for the next page, or null when these are all. */
  next: string | null;
}

/** A further page of one column: "show more". */
export interface BoardColumnPage {
  stage: Stage;
  cards: BoardCard[];
  next: string | null;
}

/** Which page of which column, with the board's filters. */
export interface BoardPageQuery extends BoardFilters {
  stage: Stage;
  cursor: string;
  limit?: number;
}

export interface Board {
  columns: BoardColumn[];
}

export interface BoardFilters {
  programmeId?: string;
  departmentId?: string;
  projectLeadId?: string;
  /** Projects running in that calendar year (by planned start and end), or created that year when undated. */
  year?: number;
  /** Free text over title, purpose, partners' organisations, the programme's name and the call's title. */
  q?: string;
}

/** A project as the municipality's public web page lists it: nothing internal. */
export interface PublicProject {
  id: string;
  title: string;
  summary: string;
  status: 'ongoing' | 'closed';
  plannedStart: string | null;
  plannedEnd: string | null;
  fundingSource: string | null;
  funder: string | null;
  /** EU-funded projects carry the EU funding statement. */
  euFunded: boolean;
  partners: Partner[];
  contactName: string;
  contactEmail: string;
  /** Results, for closed projects only. */
  results: string | null;
  links: Array<{ label: string; url: string }>;
  /** Agenda 2030 goals, 1–17. */
  sdgs: number[];
}
