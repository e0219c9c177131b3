import {
  STAGES,
  checkMove,
  nextStages,
  type Currency,
  type MoveRefusal,
  type Outcome,
  type ProjectFacts,
  type Stage,
} from '@gp/domain';

/**
 * One entry of a move menu: a stage, whether the project may move there now, why not, and for
 * closed the outcomes it may close with. Every stage but the current one is listed, so a keyboard
 * or screen reader user meets the forbidden ones too, with their reasons.
 */
export interface StageOption {
  stage: Stage;
  allowed: boolean;
  reasons: MoveRefusal[];
  outcomes: Outcome[];
}

/**
 * The move menu's entries for a project, from libs/domain's stage rules. A decision moving to
 * running gets its granted amount and outcome in the move dialog, so those two facts are taken as
 * given unless the funder said no.
 */
export function stageOptions(facts: ProjectFacts, currency: Currency): StageOption[] {
  const next = nextStages(facts);
  const decided =
    facts.stage === 'decision' && facts.outcome !== 'rejected'
      ? nextStages({ ...facts, outcome: 'granted', grantedAmount: { amountMinor: 1, currency } })
      : null;
  return STAGES.filter((stage) => stage !== facts.stage).map((stage) => {
    const inGraph = next.find((n) => n.stage === stage);
    const check = !inGraph
      ? checkMove(facts, stage)
      : stage === 'running' && decided
        ? (decided.find((d) => d.stage === 'running') ?? inGraph).check
        : inGraph.check;
    return {
      stage,
      allowed: check.allowed,
      reasons: check.allowed ? [] : check.reasons,
      outcomes: inGraph?.outcomes ?? [],
    };
  });
}
