import { checkMove, type MoveCheck } from './check-move';
import { CLOSING_OUTCOMES, MOVE_GRAPH } from './move-graph';
import { builtInConditions } from './move-conditions';
import type { MoveCondition } from './move-condition';
import type { MoveRefusal } from './move-refusal';
import type { Outcome } from './outcome';
import type { ProjectFacts } from './project-facts';
import { STAGES, type Stage } from './stage';

/**
 * A column a card could be dropped on, with whether it may be now. For closed,
 * `outcomes` lists the outcomes it may close with now (the drop dialog offers
 * those), and the check is allowed when there is at least one.
 */
export interface NextStage {
  stage: Stage;
  check: MoveCheck;
  outcomes?: Outcome[];
}

/**
 * The stages the graph lets this project move to, in board order, each with
 * its check, so the board can dim a column and say why before the drop.
 * A closed project has none.
 */
export function nextStages(
  project: ProjectFacts,
  conditions: readonly MoveCondition[] = builtInConditions,
): NextStage[] {
  const targets = STAGES.filter((stage) =>
    MOVE_GRAPH.some((edge) => edge.from === project.stage && edge.to === stage),
  );
  return targets.map((stage) =>
    stage === 'closed'
      ? closing(project, conditions)
      : { stage, check: checkMove(project, stage, conditions) },
  );
}

/** Checks closing with each outcome the stage may close with. */
function closing(project: ProjectFacts, conditions: readonly MoveCondition[]): NextStage {
  const checks = CLOSING_OUTCOMES[project.stage].map((outcome) => ({
    outcome,
    check: checkMove(project, { stage: 'closed', outcome }, conditions),
  }));
  const outcomes = checks.filter(({ check }) => check.allowed).map(({ outcome }) => outcome);
  if (outcomes.length > 0) return { stage: 'closed', check: { allowed: true }, outcomes };

  const reasons: MoveRefusal[] = [];
  for (const { check } of checks) {
    if (check.allowed) continue;
    for (const reason of check.reasons) {
      if (!reasons.some((known) => sameRefusal(known, reason))) reasons.push(reason);
    }
  }
  return { stage: 'closed', check: { allowed: false, reasons }, outcomes };
}

function sameRefusal(a: MoveRefusal, b: MoveRefusal): boolean {
  return a.code === b.code && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});
}
