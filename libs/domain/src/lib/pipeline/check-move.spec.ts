import { money } from '../money/money';
import { checkMove, type MoveCheck } from './check-move';
import { CLOSING_OUTCOMES } from './move-graph';
import { applicationConditions, builtInConditions } from './move-conditions';
import { forMove, type MoveCondition } from './move-condition';
import type { MoveRefusal } from './move-refusal';
import type { ProjectFacts } from './project-facts';
import { STAGES, type Stage } from './stage';

/** A project in `stage` for which every condition of moving to `to` holds. */
function ready(stage: Stage, to: Stage = stage): ProjectFacts {
  return {
    stage,
    outcome:
      stage === 'running' || (stage === 'decision' && to === 'running')
        ? 'granted'
        : stage === 'closed'
          ? 'completed'
          : null,
    programmeId: 'prog-central-baltic',
    callId: 'call-5',
    callDeadline: '2025-09-30T10:00:00.000Z',
    grantedAmount: stage === 'decision' || stage === 'running' ? money(80_000_000, 'EUR') : null,
    checklist: { required: 5, requiredDone: 5 },
    coFunding: { asked: true, approved: true },
  };
}

function refused(...reasons: MoveRefusal[]): MoveCheck {
  return { allowed: false, reasons };
}

describe('checkMove over the whole board', () => {
  // What each move answers when the project satisfies every condition of it.
  const expected: Record<Stage, Record<Stage, MoveCheck>> = {
    idea: {
      idea: refused({ code: 'already_in_stage', params: { stage: 'idea' } }),
      application: { allowed: true },
      decision: refused({ code: 'move_not_allowed', params: { from: 'idea', to: 'decision' } }),
      running: refused({ code: 'move_not_allowed', params: { from: 'idea', to: 'running' } }),
      closed: { allowed: true },
    },
    application: {
      idea: { allowed: true },
      application: refused({ code: 'already_in_stage', params: { stage: 'application' } }),
      decision: { allowed: true },
      running: refused({ code: 'move_not_allowed', params: { from: 'application', to: 'running' } }),
      closed: { allowed: true },
    },
    decision: {
      idea: refused({ code: 'move_not_allowed', params: { from: 'decision', to: 'idea' } }),
      application: { allowed: true },
      decision: refused({ code: 'already_in_stage', params: { stage: 'decision' } }),
      running: { allowed: true },
      closed: { allowed: true },
    },
    running: {
      idea: refused({ code: 'move_not_allowed', params: { from: 'running', to: 'idea' } }),
      application: refused({ code: 'move_not_allowed', params: { from: 'running', to: 'application' } }),
      decision: refused({ code: 'move_not_allowed', params: { from: 'running', to: 'decision' } }),
      running: refused({ code: 'already_in_stage', params: { stage: 'running' } }),
      closed: { allowed: true },
    },
    closed: {
      idea: refused({ code: 'closed_is_final' }),
      application: refused({ code: 'closed_is_final' }),
      decision: refused({ code: 'closed_is_final' }),
      running: refused({ code: 'closed_is_final' }),
      closed: refused({ code: 'already_in_stage', params: { stage: 'closed' } }),
    },
  };

  for (const from of STAGES) {
    for (const to of STAGES) {
      it(`${from} → ${to}`, () => {
        // Closing needs an outcome; give the first one the stage may close with.
        const outcome = to === 'closed' ? CLOSING_OUTCOMES[from][0] : undefined;
        expect(checkMove(ready(from, to), { stage: to, outcome })).toEqual(expected[from][to]);
      });
    }
  }

  it('reports a move outside the graph alone, without running conditions', () => {
    expect(checkMove({ stage: 'idea' }, 'running')).toEqual(
      refused({ code: 'move_not_allowed', params: { from: 'idea', to: 'running' } }),
    );
  });
});

describe('the built-in conditions', () => {
  it('asks an idea for a programme before it becomes an application, and nothing more', () => {
    expect(checkMove({ stage: 'idea' }, 'application')).toEqual(refused({ code: 'programme_missing' }));
    expect(checkMove({ stage: 'idea', programmeId: 'p' }, 'application')).toEqual({ allowed: true });
  });

  it('lists everything a submission lacks, in a stable order', () => {
    const bare: ProjectFacts = {
      stage: 'application',
      programmeId: null,
      callId: null,
      callDeadline: null,
      checklist: { required: 5, requiredDone: 3 },
      coFunding: { asked: true, approved: false },
    };
    expect(checkMove(bare, 'decision')).toEqual(
      refused(
        { code: 'programme_missing' },
        { code: 'call_missing' },
        { code: 'call_deadline_missing' },
        { code: 'checklist_incomplete', params: { done: 3, required: 5 } },
        { code: 'co_funding_not_approved' },
      ),
    );
  });

  it('refuses each missing fact of a submission on its own', () => {
    const base = ready('application', 'decision');
    expect(checkMove({ ...base, programmeId: undefined }, 'decision')).toEqual(
      refused({ code: 'programme_missing' }),
    );
    expect(checkMove({ ...base, callId: '' }, 'decision')).toEqual(refused({ code: 'call_missing' }));
    expect(checkMove({ ...base, callDeadline: undefined }, 'decision')).toEqual(
      refused({ code: 'call_deadline_missing' }),
    );
    expect(checkMove({ ...base, checklist: { required: 5, requiredDone: 4 } }, 'decision')).toEqual(
      refused({ code: 'checklist_incomplete', params: { done: 4, required: 5 } }),
    );
    expect(checkMove({ ...base, coFunding: { asked: true, approved: false } }, 'decision')).toEqual(
      refused({ code: 'co_funding_not_approved' }),
    );
  });

  it('lets the checklist and co-funding rules stand aside when their facts are absent or not asked', () => {
    const {
      checklist: _checklist,
      coFunding: _coFunding,
      ...withoutRecords
    } = ready('application', 'decision');
    expect(checkMove(withoutRecords, 'decision')).toEqual({ allowed: true });
    expect(
      checkMove({ ...withoutRecords, coFunding: { asked: false, approved: false } }, 'decision'),
    ).toEqual({ allowed: true });
    expect(checkMove({ ...withoutRecords, checklist: { required: 0, requiredDone: 0 } }, 'decision')).toEqual(
      { allowed: true },
    );
  });

  it('keeps the checklist and co-funding rules in their own list, inside the built-in one', () => {
    expect(applicationConditions).toHaveLength(2);
    for (const condition of applicationConditions) expect(builtInConditions).toContain(condition);
    const incomplete = {
      ...ready('application', 'decision'),
      checklist: { required: 2, requiredDone: 0 },
      coFunding: { asked: true, approved: false },
    };
    const withoutThem = builtInConditions.filter((condition) => !applicationConditions.includes(condition));
    expect(checkMove(incomplete, 'decision', withoutThem)).toEqual({ allowed: true });
  });

  it('runs a project only on a granted outcome with a granted amount', () => {
    const base = ready('decision', 'running');
    expect(checkMove({ ...base, outcome: null }, 'running')).toEqual(
      refused({ code: 'outcome_not_granted' }),
    );
    expect(checkMove({ ...base, outcome: 'rejected' }, 'running')).toEqual(
      refused({ code: 'outcome_not_granted' }),
    );
    expect(checkMove({ ...base, grantedAmount: null }, 'running')).toEqual(
      refused({ code: 'granted_amount_missing' }),
    );
    expect(checkMove({ ...base, grantedAmount: money(0, 'EUR') }, 'running')).toEqual(
      refused({ code: 'granted_amount_missing' }),
    );
    expect(checkMove({ ...base, outcome: null, grantedAmount: null }, 'running')).toEqual(
      refused({ code: 'outcome_not_granted' }, { code: 'granted_amount_missing' }),
    );
  });

  it('asks how an idea or application ends before it closes, and only accepts withdrawn', () => {
    for (const stage of ['idea', 'application'] as const) {
      expect(checkMove({ stage }, 'closed')).toEqual(refused({ code: 'outcome_missing' }));
      expect(checkMove({ stage }, { stage: 'closed', outcome: 'withdrawn' })).toEqual({ allowed: true });
      for (const outcome of ['rejected', 'completed', 'granted'] as const) {
        expect(checkMove({ stage }, { stage: 'closed', outcome })).toEqual(
          refused({ code: 'outcome_not_allowed', params: { outcome, from: stage } }),
        );
      }
    }
  });

  it('closes a decision as rejected when rejection is recorded, and as withdrawn only when chosen', () => {
    expect(checkMove({ stage: 'decision', outcome: 'rejected' }, 'closed')).toEqual({ allowed: true });
    expect(
      checkMove({ stage: 'decision', outcome: 'rejected' }, { stage: 'closed', outcome: 'withdrawn' }),
    ).toEqual(
      refused({
        code: 'outcome_contradicts_decision',
        params: { outcome: 'withdrawn', recorded: 'rejected' },
      }),
    );
    expect(checkMove({ stage: 'decision' }, 'closed')).toEqual(refused({ code: 'outcome_missing' }));
    expect(checkMove({ stage: 'decision' }, { stage: 'closed', outcome: 'rejected' })).toEqual({
      allowed: true,
    });
    expect(checkMove({ stage: 'decision' }, { stage: 'closed', outcome: 'withdrawn' })).toEqual({
      allowed: true,
    });
    expect(checkMove({ stage: 'decision' }, { stage: 'closed', outcome: 'completed' })).toEqual(
      refused({ code: 'outcome_not_allowed', params: { outcome: 'completed', from: 'decision' } }),
    );
  });

  it('lets a granted decision be withdrawn (the grant declined) but not closed as rejected', () => {
    const granted: ProjectFacts = { stage: 'decision', outcome: 'granted' };
    expect(checkMove(granted, { stage: 'closed', outcome: 'withdrawn' })).toEqual({ allowed: true });
    expect(checkMove(granted, { stage: 'closed', outcome: 'rejected' })).toEqual(
      refused({ code: 'outcome_contradicts_decision', params: { outcome: 'rejected', recorded: 'granted' } }),
    );
    expect(checkMove(granted, 'closed')).toEqual(refused({ code: 'outcome_missing' }));
  });

  it('closes a running project as completed, chosen or not, and as nothing else', () => {
    expect(checkMove({ stage: 'running', outcome: 'granted' }, 'closed')).toEqual({ allowed: true });
    expect(
      checkMove({ stage: 'running', outcome: 'granted' }, { stage: 'closed', outcome: 'completed' }),
    ).toEqual({ allowed: true });
    expect(
      checkMove({ stage: 'running', outcome: 'granted' }, { stage: 'closed', outcome: 'withdrawn' }),
    ).toEqual(refused({ code: 'outcome_not_allowed', params: { outcome: 'withdrawn', from: 'running' } }));
  });

  it('takes a decision back to application only while no outcome is recorded', () => {
    expect(checkMove({ stage: 'decision', programmeId: 'p' }, 'application')).toEqual({ allowed: true });
    for (const outcome of ['granted', 'rejected'] as const) {
      expect(checkMove({ stage: 'decision', outcome }, 'application')).toEqual(
        refused({ code: 'outcome_already_recorded', params: { outcome } }),
      );
    }
  });

  it('parks an application as an idea without conditions', () => {
    expect(checkMove({ stage: 'application' }, 'idea')).toEqual({ allowed: true });
  });

  it('ignores an outcome given for a move that does not close', () => {
    expect(
      checkMove({ stage: 'idea', programmeId: 'p' }, { stage: 'application', outcome: 'withdrawn' }),
    ).toEqual({ allowed: true });
  });
});

describe('adding conditions', () => {
  const finalReportFiled: MoveCondition = forMove('running', 'closed', () => ({
    code: 'checklist_incomplete',
    params: { done: 0, required: 1 },
  }));

  it('refuses a move when an added condition fails, keeping the built-in ones', () => {
    const project = ready('running', 'closed');
    expect(checkMove(project, 'closed', [...builtInConditions, finalReportFiled])).toEqual(
      refused({ code: 'checklist_incomplete', params: { done: 0, required: 1 } }),
    );
    expect(checkMove(project, 'closed')).toEqual({ allowed: true });
  });

  it('passes the move to each condition', () => {
    const seen: string[] = [];
    const spy: MoveCondition = (project, move) => {
      seen.push(`${project.stage}:${move.from}>${move.to}:${move.outcome ?? '-'}`);
      return null;
    };
    checkMove({ stage: 'decision', outcome: 'rejected' }, { stage: 'closed', outcome: 'rejected' }, [spy]);
    expect(seen).toEqual(['decision:decision>closed:rejected']);
  });

  it('lets a condition scoped with forMove stand aside for other moves', () => {
    const always: MoveCondition = forMove('*', 'decision', () => ({ code: 'call_missing' }));
    expect(checkMove({ stage: 'idea', programmeId: 'p' }, 'application', [always])).toEqual({
      allowed: true,
    });
    expect(checkMove({ stage: 'application' }, 'decision', [always])).toEqual(
      refused({ code: 'call_missing' }),
    );
  });
});
