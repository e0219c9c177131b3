import { money } from '../money/money';
import { nextStages } from './next-stages';

describe('nextStages', () => {
  it('offers an idea application and closing, with why not yet', () => {
    expect(nextStages({ stage: 'idea' })).toEqual([
      { stage: 'application', check: { allowed: false, reasons: [{ code: 'programme_missing' }] } },
      { stage: 'closed', check: { allowed: true }, outcomes: ['withdrawn'] },
    ]);
  });

  it('offers an application the step back, submission and closing', () => {
    const next = nextStages({
      stage: 'application',
      programmeId: 'p',
      callId: 'c',
      callDeadline: null,
      checklist: { required: 5, requiredDone: 3 },
    });
    expect(next.map(({ stage }) => stage)).toEqual(['idea', 'decision', 'closed']);
    expect(next[1].check).toEqual({
      allowed: false,
      reasons: [
        { code: 'call_deadline_missing' },
        { code: 'checklist_incomplete', params: { done: 3, required: 5 } },
      ],
    });
  });

  it('offers a granted decision running, and closing only as withdrawn', () => {
    const next = nextStages({ stage: 'decision', outcome: 'granted', grantedAmount: money(1, 'EUR') });
    expect(next).toEqual([
      {
        stage: 'application',
        check: {
          allowed: false,
          reasons: [{ code: 'outcome_already_recorded', params: { outcome: 'granted' } }],
        },
      },
      { stage: 'running', check: { allowed: true } },
      { stage: 'closed', check: { allowed: true }, outcomes: ['withdrawn'] },
    ]);
  });

  it('offers a rejected decision closing as rejected only', () => {
    const closed = nextStages({ stage: 'decision', outcome: 'rejected' }).find(
      ({ stage }) => stage === 'closed',
    );
    expect(closed).toEqual({ stage: 'closed', check: { allowed: true }, outcomes: ['rejected'] });
  });

  it('gathers the reasons when no outcome may close the project', () => {
    const blocked = nextStages({ stage: 'running', outcome: 'granted' }, [
      (_project, move) =>
        move.to === 'closed' ? { code: 'checklist_incomplete', params: { done: 1, required: 2 } } : null,
    ]);
    expect(blocked).toEqual([
      {
        stage: 'closed',
        check: {
          allowed: false,
          reasons: [{ code: 'checklist_incomplete', params: { done: 1, required: 2 } }],
        },
        outcomes: [],
      },
    ]);
  });

  it('offers a closed project nothing', () => {
    expect(nextStages({ stage: 'closed', outcome: 'completed' })).toEqual([]);
  });
});
