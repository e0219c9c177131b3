import { money } from '../money/money';
import { checkMove } from './check-move';
import { copyForNextCall } from './copy-for-next-call';
import type { ProjectFacts } from './project-facts';

describe('copyForNextCall', () => {
  const rejected: ProjectFacts & { title: string; budget: { total: number }; partners: string[] } = {
    id: 'p-1',
    stage: 'closed',
    outcome: 'rejected',
    programmeId: 'prog-central-baltic',
    callId: 'call-4',
    callDeadline: '2024-09-30T10:00:00.000Z',
    plannedStart: '2025-03-01',
    plannedEnd: '2027-02-28',
    grantedAmount: null,
    checklist: { required: 6, requiredDone: 6 },
    coFunding: { asked: true, approved: true },
    title: 'Digital skills for seniors',
    budget: { total: 1_000_000 },
    partners: ['Turku', 'Tallinn'],
  };

  it('keeps what the project is and starts a new attempt in application, linked to the old one', () => {
    expect(copyForNextCall(rejected)).toEqual({
      stage: 'application',
      copiedFromId: 'p-1',
      outcome: null,
      programmeId: 'prog-central-baltic',
      callId: null,
      callDeadline: null,
      plannedStart: null,
      plannedEnd: null,
      grantedAmount: null,
      checklist: { required: 6, requiredDone: 0 },
      coFunding: { asked: false, approved: false },
      title: 'Digital skills for seniors',
      budget: { total: 1_000_000 },
      partners: ['Turku', 'Tallinn'],
    });
  });

  it('drops the decision of a copied granted project', () => {
    const copy = copyForNextCall({
      id: 'p-2',
      stage: 'running',
      outcome: 'granted',
      programmeId: 'p',
      grantedAmount: money(5, 'EUR'),
    });
    expect(copy).toMatchObject({
      stage: 'application',
      outcome: null,
      grantedAmount: null,
      copiedFromId: 'p-2',
    });
  });

  it('starts as an idea when no programme was ever chosen, since application needs one', () => {
    const copy = copyForNextCall({ stage: 'closed', outcome: 'withdrawn' });
    expect(copy.stage).toBe('idea');
    expect(copy.copiedFromId).toBeNull();
    expect(copy).not.toHaveProperty('checklist');
    expect(copy).not.toHaveProperty('coFunding');
  });

  it('leaves the original alone', () => {
    const before = JSON.stringify(rejected);
    copyForNextCall(rejected);
    expect(JSON.stringify(rejected)).toBe(before);
  });

  it('makes a copy that needs a new call before it can be submitted', () => {
    const copy = copyForNextCall(rejected);
    const check = checkMove(copy, 'decision');
    expect(check.allowed).toBe(false);
    expect(check.allowed ? [] : check.reasons.map(({ code }) => code)).toEqual([
      'call_missing',
      'call_deadline_missing',
      'checklist_incomplete',
    ]);
  });
});
