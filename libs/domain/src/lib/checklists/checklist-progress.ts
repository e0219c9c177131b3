import type { ChecklistProgress } from './checklist.contract';
import { isOverdue } from './due-date';

/** Counts for a card and for the stage rule that holds back a submission with required items open. */
export function checklistProgress(
  items: ReadonlyArray<{ required: boolean; doneAt: string | null; dueOn: string | null }>,
  today: string,
): ChecklistProgress {
  const progress: ChecklistProgress = { total: 0, done: 0, required: 0, requiredDone: 0, overdue: 0 };
  for (const item of items) {
    progress.total++;
    if (item.doneAt) progress.done++;
    if (item.required) progress.required++;
    if (item.required && item.doneAt) progress.requiredDone++;
    if (isOverdue(item, today)) progress.overdue++;
  }
  return progress;
}
