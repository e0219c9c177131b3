import type { Board, BoardCard } from '@gp/domain';

/** Cards and boards for the specs. */
export function boardCard(overrides: Partial<BoardCard> = {}): BoardCard {
  return {
    id: 'c1',
    title: 'Grön omställning',
    stage: 'idea',
    outcome: null,
    version: 3,
    departmentId: 'd1',
    departmentName: 'Kommunledningsförvaltningen',
    programmeId: null,
    programmeName: null,
    callId: null,
    callDeadline: null,
    projectLeadId: 'u2',
    projectLeadName: 'Lena Lind',
    plannedStart: null,
    plannedEnd: null,
    currency: 'EUR',
    requestedMinor: 5_000_000,
    grantedMinor: null,
    checklist: null,
    coFunding: null,
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

export function boardOf(...cards: BoardCard[]): Board {
  return {
    columns: (['idea', 'application', 'decision', 'running', 'closed'] as const).map((stage) => {
      const inStage = cards.filter((c) => c.stage === stage);
      return { stage, count: inStage.length, sums: {}, cards: inStage, next: null };
    }),
  };
}
