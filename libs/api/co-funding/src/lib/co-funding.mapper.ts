import type { CoFundingPlan, CoFundingRequest, CoFundingRoute } from '@gp/domain';
import type { CoFundingRequestEntity } from '@gp/api/data';

/** What a request is shown with beside its row: its route and plan, the frame it exceeds, the extract item. */
export interface CoFundingRequestContext {
  route: CoFundingRoute;
  plan: CoFundingPlan;
  yearsOverFrame: number[];
  extractItemId: string | null;
}

/** Needs the project, department, requestedBy, decidedBy and recommendedBy relations loaded. */
export function toCoFundingRequest(
  row: CoFundingRequestEntity,
  context: CoFundingRequestContext,
): CoFundingRequest {
  return {
    id: row.id,
    projectId: row.projectId,
    projectTitle: row.project?.title ?? '',
    departmentId: row.departmentId,
    departmentName: row.department?.name ?? '',
    currency: row.currency,
    years: [...row.years].sort((a, b) => a.year - b.year),
    justification: row.justification,
    status: row.status,
    requestedById: row.requestedById,
    requestedByName: row.requestedBy?.name ?? null,
    requestedAt: row.createdAt.toISOString(),
    decidedById: row.decidedById,
    decidedByName: row.decidedBy?.name ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionComment: row.decisionComment,
    route: context.route,
    plan: context.plan,
    yearsOverFrame: context.yearsOverFrame,
    recommendation: row.recommendation,
    recommendationComment: row.recommendationComment,
    recommendedByName: row.recommendedBy?.name ?? null,
    recommendedAt: row.recommendedAt?.toISOString() ?? null,
    decidedAs: row.decidedAs,
    minutes:
      row.minutesMeetingOn && row.minutesParagraph && row.minutesCaseNumber
        ? {
            bodyName: row.minutesBodyName ?? '',
            meetsOn: row.minutesMeetingOn,
            paragraph: row.minutesParagraph,
            caseNumber: row.minutesCaseNumber,
          }
        : null,
    extractItemId: context.extractItemId,
    version: row.version,
  };
}
