import type { CoFundingRequest } from '@gp/domain';

/**
 * The decisions a head took under delegation since the department's committee last met, to be
 * reported at its next meeting (anmälan av delegationsbeslut), as GET /api/co-funding/delegated-decisions answers.
 */
export interface DelegatedDecisions {
  departmentId: string;
  departmentName: string;
  /** The department's committee; null when none is set up. */
  bodyName: string | null;
  previousMeetingOn: string | null;
  nextMeetingOn: string | null;
  decisions: CoFundingRequest[];
}
