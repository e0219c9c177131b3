import type { Project, ProjectBudget, ProjectFacts, StageMoveRecord } from '@gp/domain';
import { ProjectEntity, ProjectStageMoveEntity } from '@gp/api/data';

/** A project as the API answers it; `nextAttemptId` is not a column, so the caller looks it up. */
export function toProject(p: ProjectEntity, nextAttemptId: string | null = null): Project {
  return {
    id: p.id,
    title: p.title,
    purpose: p.purpose,
    stage: p.stage,
    outcome: p.outcome,
    decisionDate: p.decisionDate,
    departmentId: p.departmentId,
    projectLeadId: p.projectLeadId,
    coordinatorId: p.coordinatorId,
    programmeId: p.programmeId,
    callId: p.callId,
    municipalityRole: p.municipalityRole,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    interimReportOn: p.interimReportOn,
    finalReportOn: p.finalReportOn,
    budget: {
      currency: p.budgetCurrency,
      totalMinor: p.budgetTotalMinor,
      requestedGrantMinor: p.requestedGrantMinor,
      ownCashMinor: p.ownCashMinor,
      ownInKindMinor: p.ownInKindMinor,
      grantedMinor: p.grantedMinor,
    },
    partners: p.partners,
    themes: p.themes,
    sdgs: p.sdgs,
    internationalisationForm: p.internationalisationForm,
    isPublic: p.isPublic,
    publicSummary: p.publicSummary,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    links: p.links,
    results: p.results,
    previousAttemptId: p.previousAttemptId,
    nextAttemptId,
    createdById: p.createdById,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** What the stage rules in libs/domain need to know; the call deadline comes from the loaded call. */
export function toProjectFacts(p: ProjectEntity): ProjectFacts {
  return {
    id: p.id,
    stage: p.stage,
    outcome: p.outcome,
    programmeId: p.programmeId,
    callId: p.callId,
    callDeadline: p.call?.deadline.toISOString() ?? null,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    grantedAmount:
      p.grantedMinor === null ? null : { amountMinor: p.grantedMinor, currency: p.budgetCurrency },
  };
}

export function toStageMoveRecord(m: ProjectStageMoveEntity): StageMoveRecord {
  return {
    id: m.id,
    from: m.from,
    to: m.to,
    outcome: m.outcome,
    comment: m.comment,
    movedBy: m.movedBy ? { id: m.movedBy.id, name: m.movedBy.name } : null,
    movedAt: m.movedAt.toISOString(),
  };
}

/** The columns that store a project's budget. */
export function budgetColumns(
  budget: ProjectBudget,
): Pick<
  ProjectEntity,
  | 'budgetCurrency'
  | 'budgetTotalMinor'
  | 'requestedGrantMinor'
  | 'ownCashMinor'
  | 'ownInKindMinor'
  | 'grantedMinor'
> {
  return {
    budgetCurrency: budget.currency,
    budgetTotalMinor: budget.totalMinor,
    requestedGrantMinor: budget.requestedGrantMinor,
    ownCashMinor: budget.ownCashMinor,
    ownInKindMinor: budget.ownInKindMinor,
    grantedMinor: budget.grantedMinor,
  };
}
