import { isInMoveGraph } from './move-graph';
import { builtInConditions } from './move-conditions';
import type { MoveCondition } from './move-condition';
import type { MoveRefusal } from './move-refusal';
import type { Outcome } from './outcome';
import type { ProjectFacts, StageMove } from './project-facts';
import type { Stage } from './stage';

/** The answer to "may this card move there?", with every reason when it may not. */
export type MoveCheck = { allowed: true } | { allowed: false; reasons: MoveRefusal[] };

/** Where to move: a stage, or closed with the outcome chosen for it. */
export type MoveTarget = Stage | { stage: Stage; outcome?: Outcome };

/**
 * Whether the project may move to a stage: the move must be in the graph and
 * every condition must hold. All failing conditions are reported, not only the
 * first, so the coordinator sees the whole list at once. A move outside the
 * graph reports only that: its conditions would not mean anything.
 *
 * Pass `[...builtInConditions, more]` to add rules; the default is the
 * built-in list.
 */
export function checkMove(
  project: ProjectFacts,
  to: MoveTarget,
  conditions: readonly MoveCondition[] = builtInConditions,
): MoveCheck {
  const move: StageMove =
    typeof to === 'string'
      ? { from: project.stage, to }
      : { from: project.stage, to: to.stage, outcome: to.outcome };
  const structural = refuseOutsideGraph(move);
  if (structural) return { allowed: false, reasons: [structural] };

  const reasons = conditions
    .map((condition) => condition(project, move))
    .filter((reason): reason is MoveRefusal => reason !== null);
  return reasons.length === 0 ? { allowed: true } : { allowed: false, reasons };
}

function refuseOutsideGraph({ from, to }: StageMove): MoveRefusal | null {
  if (from === to) return { code: 'already_in_stage', params: { stage: to } };
  if (from === 'closed') return { code: 'closed_is_final' };
  if (!isInMoveGraph(from, to)) return { code: 'move_not_allowed', params: { from, to } };
  return null;
}
