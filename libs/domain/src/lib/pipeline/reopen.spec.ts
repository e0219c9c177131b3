import { submissionOf, applicationStatus } from '../portfolio/report-attempts';
import { checkMove } from './check-move';
import { nextStages } from './next-stages';
import { reopenBar, reopenedOutcome, reopenStage } from './reopen';

describe('reopening a closed project', () => {
  it('goes back to the stage its last close came from', () => {
    const closed = { stage: 'closed' as const, outcome: 'rejected' as const };
    expect(
      reopenStage(closed, [
        { from: 'idea', to: 'application' },
        { from: 'application', to: 'decision' },
        { from: 'decision', to: 'closed' },
      ]),
    ).toBe('decision');
    // Closed, reopened to running and closed again: the last close counts.
    expect(
      reopenStage({ stage: 'closed', outcome: 'ended_early' }, [
        { from: 'decision', to: 'closed' },
        { from: 'closed', to: 'decision' },
        { from: 'decision', to: 'running' },
        { from: 'running', to: 'closed' },
      ]),
    ).toBe('running');
  });

  it('reads the outcome when the project was entered already closed', () => {
    expect(reopenStage({ stage: 'closed', outcome: 'rejected' }, [])).toBe('decision');
    expect(reopenStage({ stage: 'closed', outcome: 'completed' }, [])).toBe('running');
    expect(reopenStage({ stage: 'closed', outcome: 'ended_early' }, [])).toBe('running');
    expect(reopenStage({ stage: 'closed', outcome: 'withdrawn' }, [])).toBe('idea');
  });

  it('has nothing to reopen for an open project', () => {
    expect(reopenStage({ stage: 'running', outcome: 'granted' }, [])).toBeNull();
  });

  it('keeps the outcome the stage it returns to may carry', () => {
    expect(reopenedOutcome('ended_early', 'running')).toBe('granted');
    expect(reopenedOutcome('rejected', 'decision')).toBe('rejected');
    expect(reopenedOutcome('withdrawn', 'decision')).toBeNull();
    expect(reopenedOutcome('withdrawn', 'application')).toBeNull();
  });

  it('lets coordinators and admins reopen, not leads, heads or viewers', () => {
    const closed = { stage: 'closed' as const, nextAttemptId: null };
    expect(reopenBar({ roles: ['coordinator'] }, closed)).toBeNull();
    expect(reopenBar({ roles: ['admin'] }, closed)).toBeNull();
    expect(reopenBar({ roles: ['project_lead'] }, closed)).toBe('forbidden');
    expect(reopenBar({ roles: ['department_head'] }, closed)).toBe('forbidden');
    expect(reopenBar({ roles: ['viewer'] }, closed)).toBe('forbidden');
  });

  it('refuses an open project and one already copied to the next call', () => {
    expect(reopenBar({ roles: ['coordinator'] }, { stage: 'running', nextAttemptId: null })).toBe('not_closed');
    expect(reopenBar({ roles: ['coordinator'] }, { stage: 'closed', nextAttemptId: 'next' })).toBe(
      'already_copied',
    );
  });

  it('keeps the board from dragging a closed card anywhere', () => {
    expect(nextStages({ stage: 'closed', outcome: 'completed' })).toEqual([]);
    expect(checkMove({ stage: 'closed', outcome: 'completed' }, 'running')).toEqual({
      allowed: false,
      reasons: [{ code: 'closed_is_final' }],
    });
  });
});

describe('ending a running project early', () => {
  const running = { stage: 'running' as const, outcome: 'granted' as const };

  it('is a closing outcome of a running project only', () => {
    expect(checkMove(running, { stage: 'closed', outcome: 'ended_early' })).toEqual({ allowed: true });
    expect(checkMove({ stage: 'decision', outcome: 'granted' }, { stage: 'closed', outcome: 'ended_early' })).toEqual({
      allowed: false,
      reasons: [{ code: 'outcome_not_allowed', params: { outcome: 'ended_early', from: 'decision' } }],
    });
    expect(nextStages(running)).toEqual([
      { stage: 'closed', check: { allowed: true }, outcomes: ['completed', 'ended_early'] },
    ]);
  });

  it('still counts as a grant and a submission in the reports', () => {
    expect(applicationStatus({ stage: 'closed', outcome: 'ended_early' })).toBe('granted');
    const created = new Date('2026-01-01T00:00:00Z');
    expect(submissionOf({ stage: 'closed', outcome: 'ended_early', createdAt: created }, [])).toEqual(created);
  });
});

describe('moving to running with a period', () => {
  const decided = {
    stage: 'decision' as const,
    outcome: 'granted' as const,
    grantedAmount: { amountMinor: 100, currency: 'EUR' as const },
  };

  it('refuses an end before the start', () => {
    expect(checkMove({ ...decided, plannedStart: '2027-03-01', plannedEnd: '2027-02-01' }, 'running')).toEqual({
      allowed: false,
      reasons: [{ code: 'period_reversed', params: { start: '2027-03-01', end: '2027-02-01' } }],
    });
    expect(checkMove({ ...decided, plannedStart: '2027-03-01', plannedEnd: '2027-03-01' }, 'running')).toEqual({
      allowed: true,
    });
    expect(checkMove({ ...decided, plannedStart: '2027-03-01', plannedEnd: null }, 'running')).toEqual({
      allowed: true,
    });
  });
});
