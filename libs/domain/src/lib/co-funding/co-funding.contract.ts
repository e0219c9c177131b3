import type { Currency } from '../money/currency';
import type { CoFundingSchedule } from './back-planning';
import type { CoFundingRoute } from './delegation-route';

/** Where a request stands. A changed approved amount goes back to pending: it needs a new approval. */
export const CO_FUNDING_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type CoFundingStatus = (typeof CO_FUNDING_STATUSES)[number];

export const CO_FUNDING_DECISIONS = ['approved', 'rejected'] as const;
export type CoFundingDecision = (typeof CO_FUNDING_DECISIONS)[number];

/** What a department is asked to put in for one budget year, in minor units of the request's currency. */
export interface CoFundingYear {
  year: number;
  cashMinor: number;
  inKindMinor: number;
}

/** How a request was decided: by the head within delegation, by a body at a meeting, or by the chair urgently. */
export const CO_FUNDING_DECIDED_AS = ['head', 'body', 'chair_urgent'] as const;
export type CoFundingDecidedAs = (typeof CO_FUNDING_DECIDED_AS)[number];

/** The head's advice to the body on a request above their delegation. */
export const CO_FUNDING_RECOMMENDATIONS = ['for', 'against'] as const;
export type CoFundingRecommendation = (typeof CO_FUNDING_RECOMMENDATIONS)[number];

/** Where the body's decision stands in its minutes. */
export interface CoFundingMinutes {
  bodyName: string;
  meetsOn: string;
  paragraph: string;
  caseNumber: string;
}

/** The deciding body and its dates, planned back from the call deadline (libs/domain back-planning). */
export interface CoFundingPlan extends CoFundingSchedule {
  bodyId: string | null;
  bodyName: string | null;
}

/** A project asking one department to co-fund it. */
export interface CoFundingRequest {
  id: string;
  projectId: string;
  projectTitle: string;
  departmentId: string;
  departmentName: string;
  currency: Currency;
  years: CoFundingYear[];
  justification: string;
  status: CoFundingStatus;
  requestedById: string | null;
  requestedByName: string | null;
  requestedAt: string;
  decidedById: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  /** Who decides and why: the head within delegation, the committee or the municipal board. */
  route: CoFundingRoute;
  plan: CoFundingPlan;
  /** The budget years in which this pending request asks more than the department's frame has left. */
  yearsOverFrame: number[];
  recommendation: CoFundingRecommendation | null;
  recommendationComment: string | null;
  recommendedByName: string | null;
  recommendedAt: string | null;
  decidedAs: CoFundingDecidedAs | null;
  minutes: CoFundingMinutes | null;
  /** The checklist item for the extract of the minutes that the decision ticks, if the template has one. */
  extractItemId: string | null;
  version: number;
}

export interface CoFundingRequestInput {
  departmentId: string;
  currency: Currency;
  years: CoFundingYear[];
  justification: string;
}

/** New amounts or justification. Changing an approved request's amounts asks for approval again. */
export interface UpdateCoFundingRequestInput {
  years?: CoFundingYear[];
  justification?: string;
  version: number;
}

export interface CoFundingDecisionInput {
  decision: CoFundingDecision;
  comment: string;
  version: number;
}

export interface CoFundingRecommendationInput {
  recommendation: CoFundingRecommendation;
  comment: string;
  version: number;
}

/** A body's decision as its minutes record it; `urgent` for the chair's urgent decision (ordförandebeslut). */
export interface CoFundingBodyDecisionInput {
  decision: CoFundingDecision;
  urgent: boolean;
  meetsOn: string;
  paragraph: string;
  caseNumber: string;
  comment: string;
  version: number;
}

/** What one department has approved, and has been asked for, in one budget year and currency. */
export interface CoFundingCommitment {
  departmentId: string;
  departmentName: string;
  year: number;
  currency: Currency;
  approvedCashMinor: number;
  approvedInKindMinor: number;
  pendingCashMinor: number;
  pendingInKindMinor: number;
  projects: number;
}
