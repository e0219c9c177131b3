/** What the close dialog warns about before a running project is closed. */
export type ClosingWarning = 'planned_end_ahead' | 'results_empty';

/**
 * Warnings, not refusals: a project may close before its planned end (it ends early) or before
 * anyone wrote its results, but the coordinator should see that first. `today` is the
 * organisation's calendar day (YYYY-MM-DD), as are the dates.
 */
export function closingWarnings(
  project: { plannedEnd: string | null; results: string },
  today: string,
): ClosingWarning[] {
  const warnings: ClosingWarning[] = [];
  if (project.plannedEnd && project.plannedEnd > today) warnings.push('planned_end_ahead');
  if (project.results.trim() === '') warnings.push('results_empty');
  return warnings;
}
