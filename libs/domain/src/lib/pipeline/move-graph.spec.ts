import { CLOSING_OUTCOMES, isInMoveGraph, isStepBack, MOVE_GRAPH } from './move-graph';
import { STAGES, type Stage } from './stage';

/** The whole board, row = from, column = to, in STAGES order. */
const GRAPH: Record<Stage, Record<Stage, boolean>> = {
  idea: { idea: false, application: true, decision: false, running: false, closed: true },
  application: { idea: true, application: false, decision: true, running: false, closed: true },
  decision: { idea: false, application: true, decision: false, running: true, closed: true },
  running: { idea: false, application: false, decision: false, running: false, closed: true },
  closed: { idea: false, application: false, decision: false, running: false, closed: false },
};

describe('the move graph', () => {
  for (const from of STAGES) {
    for (const to of STAGES) {
      it(`${GRAPH[from][to] ? 'has' : 'lacks'} ${from} → ${to}`, () => {
        expect(isInMoveGraph(from, to)).toBe(GRAPH[from][to]);
      });
    }
  }

  it('lists each edge once', () => {
    const keys = MOVE_GRAPH.map(({ from, to }) => `${from}>${to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(9);
  });

  it('knows which moves step back', () => {
    expect(isStepBack('application', 'idea')).toBe(true);
    expect(isStepBack('decision', 'application')).toBe(true);
    expect(isStepBack('idea', 'application')).toBe(false);
    expect(isStepBack('decision', 'closed')).toBe(false);
  });

  it('closes with withdrawn before submission, rejected or withdrawn after, completed or ended early when running', () => {
    expect(CLOSING_OUTCOMES).toEqual({
      idea: ['withdrawn'],
      application: ['withdrawn'],
      decision: ['rejected', 'withdrawn'],
      running: ['completed', 'ended_early'],
      closed: [],
    });
  });
});
