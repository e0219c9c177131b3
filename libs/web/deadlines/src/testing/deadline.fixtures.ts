import type { Deadline } from '@gp/domain';

/** Deadlines for the specs. */
export function deadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    id: 'd1',
    projectId: 'p1',
    projectTitle: 'Grön omställning',
    kind: 'checklist_item',
    sourceId: 'i1',
    title: 'Budgetmall ifylld',
    dueAt: null,
    dueOn: '2026-03-12',
    status: 'open',
    ...overrides,
  };
}
