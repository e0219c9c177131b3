import type { Project, ProjectFacts } from '@gp/domain';

/**
 * The stage rules' facts of a project as the project page has it. The call's deadline comes from
 * the programmes list the page holds (an ISO instant, or null); the checklist and co-funding facts
 * from its sections once they have loaded. Until then those two rules stand aside, and the API
 * answers them (422 with the reasons).
 */
export function factsOfProject(
  project: Project,
  callDeadline: string | null,
  sectionFacts: Pick<ProjectFacts, 'checklist' | 'coFunding'> = {},
): ProjectFacts {
  return {
    ...sectionFacts,
    id: project.id,
    stage: project.stage,
    outcome: project.outcome,
    programmeId: project.programmeId,
    callId: project.callId,
    callDeadline,
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    grantedAmount:
      project.budget.grantedMinor === null
        ? null
        : { amountMinor: project.budget.grantedMinor, currency: project.budget.currency },
  };
}
