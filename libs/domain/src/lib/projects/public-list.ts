import { isRanOutcome, type Outcome } from '../pipeline/outcome';
import type { Stage } from '../pipeline/stage';

/**
 * Whether the public list shows a project: marked public, and running or carried out. An
 * application, a rejection or a withdrawal is never published, whatever its flag says.
 */
export function isOnPublicList(project: {
  isPublic: boolean;
  stage: Stage;
  outcome: Outcome | null;
}): boolean {
  if (!project.isPublic) return false;
  if (project.stage === 'running') return true;
  // Carried out: completed, or ended early (a grant that ran); never a rejection or a withdrawal.
  return project.stage === 'closed' && isRanOutcome(project.outcome);
}

/** The programme kinds whose projects carry the EU emblem and "Co-funded by the European Union". */
export const EU_FUNDED_PROGRAMME_KINDS = ['eu_direct', 'eu_shared', 'interreg'] as const;
