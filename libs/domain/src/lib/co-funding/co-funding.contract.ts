import type { Currency } from '../money/currency';

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
