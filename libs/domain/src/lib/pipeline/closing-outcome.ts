import type { Outcome } from './outcome';
import type { ProjectFacts } from './project-facts';

/**
 * The outcome a project closes with: the one chosen, else the one its facts
 * already decide (a running project completes; a decision recorded as
 * rejected closes as rejected), else null and the move asks for a choice.
 * Ideas and applications are not closed as withdrawn by default: dropping a
 * card on the closed column should not abandon work without saying so.
 * The API stores this as the closed project's outcome.
 */
export function closingOutcome(project: ProjectFacts, chosen?: Outcome | null): Outcome | null {
  if (chosen) return chosen;
  if (project.stage === 'running') return 'completed';
  if (project.stage === 'decision' && project.outcome === 'rejected') return 'rejected';
  return null;
}
