import { stageOptions } from './stage-options';

describe('stageOptions', () => {
  it('lists every other stage, forbidden ones with their reasons', () => {
    const options = stageOptions({ stage: 'idea', outcome: null, programmeId: null }, 'SEK');
    expect(options.map((o) => [o.stage, o.allowed, o.reasons.map((r) => r.code)])).toEqual([
      ['application', false, ['programme_missing']],
      ['decision', false, ['move_not_allowed']],
      ['running', false, ['move_not_allowed']],
      ['closed', true, []],
    ]);
    expect(options.find((o) => o.stage === 'closed')?.outcomes).toEqual(['withdrawn']);
  });

  it('lets the dialog supply the grant of a decision moving to running, unless the funder said no', () => {
    const decision = { stage: 'decision' as const, outcome: null, programmeId: 'p', callId: 'c' };
    expect(stageOptions(decision, 'EUR').find((o) => o.stage === 'running')?.allowed).toBe(true);
    const rejected = stageOptions({ ...decision, outcome: 'rejected' }, 'EUR');
    expect(rejected.find((o) => o.stage === 'running')?.reasons.map((r) => r.code)).toEqual([
      'outcome_not_granted',
      'granted_amount_missing',
    ]);
  });

  it('offers a running project both ways to close, and nothing back', () => {
    const running = stageOptions({ stage: 'running', outcome: 'granted' }, 'EUR');
    expect(running.find((o) => o.stage === 'closed')).toEqual({
      stage: 'closed',
      allowed: true,
      reasons: [],
      outcomes: ['completed', 'ended_early'],
    });
    expect(running.filter((o) => o.allowed).map((o) => o.stage)).toEqual(['closed']);
  });
});
