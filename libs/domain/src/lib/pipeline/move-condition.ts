import type { MoveRefusal } from './move-refusal';
import type { ProjectFacts, StageMove } from './project-facts';
import type { Stage } from './stage';

/**
 * One rule a move must satisfy: null when it holds (or does not concern this
 * move), the reason otherwise. Pure, so the API and the web app can run the
 * same list and later rules are added by passing a longer list.
 */
export type MoveCondition = (project: ProjectFacts, move: StageMove) => MoveRefusal | null;

/**
 * A condition that only concerns moves from one stage (or any, with '*') to
 * another; for every other move it holds.
 */
export function forMove(
  from: Stage | '*',
  to: Stage,
  check: (project: ProjectFacts, move: StageMove) => MoveRefusal | null,
): MoveCondition {
  return (project, move) =>
    (from === '*' || move.from === from) && move.to === to ? check(project, move) : null;
}
