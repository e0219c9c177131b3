import { isRanOutcome, type Outcome } from '../pipeline/outcome';
import type { Stage } from '../pipeline/stage';

/**
 * What counts as an application in the portfolio's reports. Each project is one attempt: a copy
 * to a next call (previousAttemptId) is a project of its own and so an attempt of its own.
 *
 * libs/api/reports restates these rules in SQL (report-sql.ts, the `attempt` and `submitted`
 * CTEs); apps/api/test/reports.integration-spec.ts proves the two agree on the same projects.
 */

/** One recorded move of a card, as project_stage_move keeps it, oldest first. */
export interface RecordedMove {
  from: Stage;
  to: Stage;
  movedAt: Date;
}

/** What an application became: the funder's answer, still waiting, or taken back by us. */
export type ApplicationStatus = 'granted' | 'rejected' | 'pending' | 'withdrawn';

/**
 * The instant the application was submitted, or null when it is not (or no longer) submitted.
 *
 * Submitted is reaching Beslut (decision): the last move into decision counts, unless the card was
 * later stepped back to application or idea (taken back for completion: it is in preparation
 * again, and its next move into decision is the submission). Running and closed keep the
 * submission they were reached through; an idea or application closed as withdrawn was never
 * submitted.
 *
 * A project entered into the desk already past Ansökan (imported, or the demo set) has no move
 * into decision: its submission is the day it was entered, the earliest day the desk knew it as
 * submitted. For a closed one that is only known when it closed as rejected, completed or ended early.
 */
export function submissionOf(
  project: { stage: Stage; outcome: Outcome | null; createdAt: Date },
  moves: readonly RecordedMove[],
): Date | null {
  const entered = moves[0]?.from ?? project.stage;
  let submittedAt: Date | null =
    entered === 'decision' ||
    entered === 'running' ||
    (entered === 'closed' && (project.outcome === 'rejected' || isRanOutcome(project.outcome)))
      ? project.createdAt
      : null;
  for (const move of moves) {
    if (move.to === 'decision') submittedAt = move.movedAt;
    else if (move.from === 'decision' && (move.to === 'application' || move.to === 'idea')) submittedAt = null;
  }
  return submittedAt;
}

/**
 * A submitted application's state: granted once the funder said yes (a running project, or one
 * completed or ended early after its grant: ending early does not undo the grant), rejected on the funder's no, withdrawn when we took it back after
 * submitting, else pending (waiting for the funder).
 */
export function applicationStatus(project: { stage: Stage; outcome: Outcome | null }): ApplicationStatus {
  if (project.outcome === 'withdrawn') return 'withdrawn';
  if (project.outcome === 'rejected') return 'rejected';
  if (project.outcome === 'granted' || isRanOutcome(project.outcome) || project.stage === 'running')
    return 'granted';
  return 'pending';
}
