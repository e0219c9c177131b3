import { hasAnyRole, type Role } from '../people/role';
import type { Outcome } from './outcome';
import type { Stage } from './stage';

/**
 * Who may reopen a closed project: coordinators and admins, who own the portfolio's figures.
 * A project lead asks them: a close undone changes the reports.
 */
export const REOPEN_ROLES: readonly Role[] = ['admin', 'coordinator'];

/** One line of the project's history as reopening reads it, oldest first. */
export interface ReopenHistoryMove {
  from: Stage;
  to: Stage;
}

/**
 * Where a closed project goes back to when nothing in its history says it: a rejection was the
 * funder's answer in Beslut, a completed or ended-early project was running, and a withdrawn one
 * is parked as an idea (the stage that asks nothing of it).
 */
const REOPEN_BY_OUTCOME: Readonly<Record<Outcome, Stage>> = {
  granted: 'running',
  rejected: 'decision',
  completed: 'running',
  ended_early: 'running',
  withdrawn: 'idea',
};

/**
 * The stage a closed project reopens to: the stage its last move into closed came from, so it
 * goes back to where it was and no rule is skipped (a project closed as rejected reopens to
 * decision, not to running). A project entered already closed has no such move: its outcome says.
 * Null for a project that is not closed.
 */
export function reopenStage(
  project: { stage: Stage; outcome: Outcome | null },
  history: readonly ReopenHistoryMove[],
): Stage | null {
  if (project.stage !== 'closed') return null;
  for (let index = history.length - 1; index >= 0; index--) {
    const move = history[index];
    if (move.to === 'closed' && move.from !== 'closed') return move.from;
  }
  return project.outcome ? REOPEN_BY_OUTCOME[project.outcome] : 'idea';
}

/**
 * The outcome a reopened project carries in the stage it returns to: running keeps its grant,
 * decision keeps the funder's no (a rejection reopened is a rejection recorded, waiting to be
 * closed or copied again) and otherwise waits for the answer; idea and application carry none.
 */
export function reopenedOutcome(closedWith: Outcome | null, to: Stage): Outcome | null {
  if (to === 'running') return 'granted';
  if (to === 'decision') return closedWith === 'rejected' ? 'rejected' : null;
  return null;
}

/** Why a reopen is refused, or null when it may go ahead. */
export type ReopenBar = 'forbidden' | 'not_closed' | 'already_copied' | null;

/**
 * Whether the person may reopen the project: a coordinator or admin, a closed project, and not
 * one already copied to the next call (its next attempt carries on; two open attempts of the
 * same application would count twice).
 */
export function reopenBar(
  person: { roles: readonly Role[] },
  project: { stage: Stage; nextAttemptId: string | null },
): ReopenBar {
  if (!hasAnyRole(person.roles, REOPEN_ROLES)) return 'forbidden';
  if (project.stage !== 'closed') return 'not_closed';
  if (project.nextAttemptId) return 'already_copied';
  return null;
}
