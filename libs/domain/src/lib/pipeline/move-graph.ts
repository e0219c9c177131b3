import type { Outcome } from './outcome';
import { STAGES, stageIndex, type Stage } from './stage';

/** A move as the graph knows it: a pair of stages, nothing about the project. */
export interface StagePair {
  from: Stage;
  to: Stage;
}

/**
 * The step-backs a card may take. An application parked as an idea, and a
 * submitted application taken back for completion (returned by the funder's
 * eligibility check, or step 2 of a two-step call). Running never steps back
 * to decision: money was granted and a contract signed, and that is undone by
 * closing, not by pretending the decision is still open.
 */
export const STEP_BACKS: readonly StagePair[] = [
  { from: 'application', to: 'idea' },
  { from: 'decision', to: 'application' },
];

/**
 * Every move the board allows before any condition: one step forward, the
 * step-backs above, and straight to closed from every open stage. Closed has
 * no way out on the board: "copy to next call" makes a new project, and a
 * coordinator reopens a project closed by mistake from its page (reopen.ts),
 * a deliberate act with its own rule, never a drag.
 */
export const MOVE_GRAPH: readonly StagePair[] = [
  ...STAGES.slice(0, -1).map((from, index) => ({ from, to: STAGES[index + 1] })),
  ...STEP_BACKS,
  ...(['idea', 'application', 'decision'] as const).map((from) => ({ from, to: 'closed' as const })),
];

/** True when the graph has an edge from → to. */
export function isInMoveGraph(from: Stage, to: Stage): boolean {
  return MOVE_GRAPH.some((edge) => edge.from === from && edge.to === to);
}

/** True for a step back (to an earlier column), which the board may ask to confirm. */
export function isStepBack(from: Stage, to: Stage): boolean {
  return stageIndex(to) < stageIndex(from);
}

/**
 * The outcomes a card may close with from each stage. "Rejected" is the
 * funder's answer, so only a submitted application (decision) can close with
 * it; success rates count those. Ideas and applications not submitted are
 * withdrawn. A granted project ends by completing, or ends early (stopped
 * before its planned end, the grant partly used).
 */
export const CLOSING_OUTCOMES: Readonly<Record<Stage, readonly Outcome[]>> = {
  idea: ['withdrawn'],
  application: ['withdrawn'],
  decision: ['rejected', 'withdrawn'],
  running: ['completed', 'ended_early'],
  closed: [],
};
