import type { Stage } from './stage';

/**
 * What became of a project. The funder's answer (granted, rejected) is recorded
 * in decision; a closed project carries how it ended (completed, ended early,
 * rejected, withdrawn). A running project keeps "granted". "Ended early" is a
 * granted project stopped before its planned end: still a grant in the reports.
 */
export const OUTCOMES = ['granted', 'rejected', 'completed', 'ended_early', 'withdrawn'] as const;

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
  closed: ['completed', 'ended_early', 'rejected', 'withdrawn'],
};

/** True when a project in the stage may carry the outcome (null: none recorded yet). */
export function isOutcomeAllowedIn(stage: Stage, outcome: Outcome | null | undefined): boolean {
  if (outcome === null || outcome === undefined) return stage !== 'closed';
  return OUTCOMES_BY_STAGE[stage].includes(outcome);
}

/** The outcomes of a project that was granted and ran: the reports count them as grants. */
export const RAN_OUTCOMES: readonly Outcome[] = ['completed', 'ended_early'];

/** True when a closed project had run on a grant (completed or ended early). */
export function isRanOutcome(outcome: Outcome | null | undefined): boolean {
  return outcome !== null && outcome !== undefined && RAN_OUTCOMES.includes(outcome);
}
