import { isOutcome, isOutcomeAllowedIn } from './outcome';
import { isStage, stageIndex } from './stage';

describe('stages and outcomes', () => {
  it('knows the five stages in board order', () => {
    expect(
      ['idea', 'application', 'decision', 'running', 'closed'].map(
        (stage) => isStage(stage) && stageIndex(stage),
      ),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(isStage('submitted')).toBe(false);
  });

  it('knows the five outcomes', () => {
    expect(['granted', 'rejected', 'completed', 'ended_early', 'withdrawn'].every(isOutcome)).toBe(true);
    expect(isOutcome('approved')).toBe(false);
  });

  it('lets each stage carry only its outcomes', () => {
    expect(isOutcomeAllowedIn('idea', null)).toBe(true);
    expect(isOutcomeAllowedIn('application', 'granted')).toBe(false);
    expect(isOutcomeAllowedIn('decision', 'granted')).toBe(true);
    expect(isOutcomeAllowedIn('decision', 'rejected')).toBe(true);
    expect(isOutcomeAllowedIn('decision', 'completed')).toBe(false);
    expect(isOutcomeAllowedIn('running', 'granted')).toBe(true);
    expect(isOutcomeAllowedIn('running', 'completed')).toBe(false);
    expect(isOutcomeAllowedIn('closed', null)).toBe(false);
    expect(isOutcomeAllowedIn('closed', 'withdrawn')).toBe(true);
    expect(isOutcomeAllowedIn('closed', 'granted')).toBe(false);
    expect(isOutcomeAllowedIn('closed', 'ended_early')).toBe(true);
    expect(isOutcomeAllowedIn('running', 'ended_early')).toBe(false);
  });
});
