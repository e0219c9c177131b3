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
