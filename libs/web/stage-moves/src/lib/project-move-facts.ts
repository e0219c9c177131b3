import type { Project, ProjectFacts } from '@gp/domain';

/**
 * The stage rules' facts of a project as the project page has it. Its checklist and co-funding are
 * not in it: those rules stand aside here, and the API answers them (422 with the reasons). The
 * call's deadline comes from the programmes list the page holds (an ISO instant, or null).
 */
export function factsOfProject(project: Project, callDeadline: string | null): ProjectFacts {
  return {
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
