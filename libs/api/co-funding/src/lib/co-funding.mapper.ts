import type { CoFundingRequest } from '@gp/domain';
import type { CoFundingRequestEntity } from '@gp/api/data';

/** Needs the project, department, requestedBy and decidedBy relations loaded. */
export function toCoFundingRequest(row: CoFundingRequestEntity): CoFundingRequest {
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
    version: row.version,
  };
}
