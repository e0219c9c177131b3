import type { Stage } from './stage';

/**
 * What became of a project. The funder's answer (granted, rejected) is recorded
 * in decision; a closed project carries how it ended (completed, rejected,
 * withdrawn). A running project keeps "granted".
 */
export const OUTCOMES = ['granted', 'rejected', 'completed', 'withdrawn'] as const;

export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

/**
 * The outcomes a project in each stage may carry; none for idea and
 * application, where nobody has answered yet. The API validates edits with it.
 */
export const OUTCOMES_BY_STAGE: Readonly<Record<Stage, readonly Outcome[]>> = {
  idea: [],
  application: [],
  decision: ['granted', 'rejected'],
  running: ['granted'],
  closed: ['completed', 'rejected', 'withdrawn'],
};

/** True when a project in the stage may carry the outcome (null: none recorded yet). */
export function isOutcomeAllowedIn(stage: Stage, outcome: Outcome | null | undefined): boolean {
  if (outcome === null || outcome === undefined) return stage !== 'closed';
  return OUTCOMES_BY_STAGE[stage].includes(outcome);
}
