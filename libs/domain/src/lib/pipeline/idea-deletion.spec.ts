import { closingWarnings } from './closing-warnings';
import { ideaDeletionBar, isRestorable, purgeDeletedBefore, restorableUntil } from './idea-deletion';

describe('deleting an idea', () => {
  const idea = { stage: 'idea' as const, createdById: 'creator' };

  it('lets its creator, a coordinator or an admin delete it', () => {
    expect(ideaDeletionBar({ id: 'creator', roles: ['project_lead'] }, idea)).toBeNull();
    expect(ideaDeletionBar({ id: 'someone', roles: ['coordinator'] }, idea)).toBeNull();
    expect(ideaDeletionBar({ id: 'someone', roles: ['admin'] }, idea)).toBeNull();
  });

  it('keeps everyone else from deleting it', () => {
    expect(ideaDeletionBar({ id: 'other-lead', roles: ['project_lead'] }, idea)).toBe('forbidden');
    expect(ideaDeletionBar({ id: 'head', roles: ['department_head'] }, idea)).toBe('forbidden');
    expect(ideaDeletionBar({ id: 'viewer', roles: ['viewer'] }, idea)).toBe('forbidden');
    expect(ideaDeletionBar({ id: null, roles: ['viewer'] }, { stage: 'idea', createdById: null })).toBe('forbidden');
  });

  it('deletes only ideas: a project that left the idea stage has a history', () => {
    for (const stage of ['application', 'decision', 'running', 'closed'] as const) {
      expect(ideaDeletionBar({ id: 'x', roles: ['coordinator'] }, { stage, createdById: 'x' })).toBe('not_an_idea');
    }
  });

  it('keeps a deleted idea restorable for 30 days, then purges it', () => {
    const deletedAt = new Date('2027-01-01T10:00:00Z');
    expect(restorableUntil(deletedAt)).toEqual(new Date('2027-01-31T10:00:00Z'));
    expect(isRestorable(deletedAt, new Date('2027-01-31T09:59:59Z'))).toBe(true);
    expect(isRestorable(deletedAt, new Date('2027-01-31T10:00:00Z'))).toBe(false);
    expect(purgeDeletedBefore(new Date('2027-01-31T10:00:01Z')).getTime()).toBeGreaterThan(deletedAt.getTime());
    expect(purgeDeletedBefore(new Date('2027-01-31T09:00:00Z')).getTime()).toBeLessThan(deletedAt.getTime());
  });
});

describe('warnings before closing', () => {
  it('warns of a planned end still ahead and of empty results', () => {
    expect(closingWarnings({ plannedEnd: '2027-06-30', results: '' }, '2027-03-01')).toEqual([
      'planned_end_ahead',
      'results_empty',
    ]);
    expect(closingWarnings({ plannedEnd: '2027-03-01', results: 'Done' }, '2027-03-01')).toEqual([]);
    expect(closingWarnings({ plannedEnd: null, results: '  ' }, '2027-03-01')).toEqual(['results_empty']);
  });
});
