import type { CoFundingRequest } from '@gp/domain';

/** The fields of a request the specs rarely care about: within the head's delegation, planned, undecided. */
export const PLANNED_WITHIN_DELEGATION: Pick<
  CoFundingRequest,
  | 'route'
  | 'plan'
  | 'yearsOverFrame'
  | 'recommendation'
  | 'recommendationComment'
  | 'recommendedByName'
  | 'recommendedAt'
  | 'decidedAs'
  | 'minutes'
  | 'extractItemId'
> = {
  route: {
    route: 'head',
    reason: 'within_head_limit',
    totalMinor: 0,
    currency: 'SEK',
    headLimitMinor: 100_000_00,
    limitCurrency: 'SEK',
    boardAfterYears: 3,
  },
  plan: { decisionNeededBy: null, meeting: null, nextMeeting: null, problem: 'no_call_deadline', bodyId: null, bodyName: null },
  yearsOverFrame: [],
  recommendation: null,
  recommendationComment: null,
  recommendedByName: null,
  recommendedAt: null,
  decidedAs: null,
  minutes: null,
  extractItemId: null,
};

/**
 * A request above the head's delegation, four budget years, so the municipal board decides: its
 * meeting planned back from the call deadline, two years over what the frame has left.
 */
export const PLANNED_FOR_THE_BOARD: typeof PLANNED_WITHIN_DELEGATION = {
  ...PLANNED_WITHIN_DELEGATION,
  route: {
    route: 'municipal_board',
    reason: 'spans_years',
    totalMinor: 120_000_000,
    currency: 'SEK',
    headLimitMinor: 10_000_000,
    limitCurrency: 'SEK',
    boardAfterYears: 3,
  },
  plan: {
    decisionNeededBy: '2027-01-28',
    meeting: { meetsOn: '2027-01-13', reportDueOn: '2026-12-16', minutesApprovedOn: '2027-01-20', reportLate: false },
    nextMeeting: null,
    problem: null,
    bodyId: 'b1',
    bodyName: 'Kommunstyrelsen',
  },
  yearsOverFrame: [2027],
};
