import { isOnPublicList } from './public-list';
import { sustainableDevelopmentGoalTitle } from './sustainable-development-goals';

describe('the public list', () => {
  it('shows public projects that run or were carried out, and nothing else', () => {
    expect(isOnPublicList({ isPublic: true, stage: 'running', outcome: 'granted' })).toBe(true);
    expect(isOnPublicList({ isPublic: true, stage: 'closed', outcome: 'completed' })).toBe(true);
    expect(isOnPublicList({ isPublic: true, stage: 'closed', outcome: 'ended_early' })).toBe(true);
    expect(isOnPublicList({ isPublic: false, stage: 'running', outcome: 'granted' })).toBe(false);
    expect(isOnPublicList({ isPublic: true, stage: 'closed', outcome: 'rejected' })).toBe(false);
    expect(isOnPublicList({ isPublic: true, stage: 'closed', outcome: 'withdrawn' })).toBe(false);
    expect(isOnPublicList({ isPublic: true, stage: 'application', outcome: null })).toBe(false);
    expect(isOnPublicList({ isPublic: true, stage: 'decision', outcome: 'granted' })).toBe(false);
  });

  it('names each Agenda 2030 goal in the three languages', () => {
    expect(sustainableDevelopmentGoalTitle(4, 'sv')).toBe('Mål 4: God utbildning för alla');
    expect(sustainableDevelopmentGoalTitle(13, 'nb')).toBe('Mål 13: Stoppe klimaendringene');
    expect(sustainableDevelopmentGoalTitle(17, 'en')).toBe('Goal 17: Partnerships for the goals');
    expect(sustainableDevelopmentGoalTitle(18, 'en')).toBe('Goal 18');
  });
});
