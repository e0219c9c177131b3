import type { ProjectBudget } from './project.contract';
import {
  grantDecided,
  lockedFieldEdits,
  mayCreateIdeaIn,
  projectFieldRules,
  type FieldRuleFacts,
} from './field-permissions';

const lead = { id: 'lead-1', roles: ['project_lead'] as const };
const coordinator = { id: 'c-1', roles: ['coordinator'] as const };
const idea: FieldRuleFacts = { projectLeadId: 'lead-1', stage: 'idea', outcome: null, decisionDate: null };
const budget = (grantedMinor: number | null): ProjectBudget => ({
  currency: 'SEK',
  totalMinor: 100,
  requestedGrantMinor: 80,
  ownCashMinor: null,
  ownInKindMinor: null,
  grantedMinor,
});
const current = { departmentId: 'd1', isPublic: false, budget: budget(null) };

describe('who may set which project field', () => {
  it('keeps the department and the public flag for coordinators and admins', () => {
    expect(projectFieldRules(lead, idea)).toMatchObject({
      departmentId: { editable: false, reason: 'coordinators_only' },
      isPublic: { editable: false, reason: 'coordinators_only' },
    });
    for (const person of [coordinator, { id: 'a', roles: ['admin'] as const }])
      expect(projectFieldRules(person, idea)).toMatchObject({
        departmentId: { editable: true },
        isPublic: { editable: true },
      });
  });

  it('opens the granted amount only once the funder said yes, to everyone who edits', () => {
    expect(projectFieldRules(coordinator, idea)['budget.grantedMinor']).toEqual({
      editable: false,
      reason: 'no_grant_decided',
    });
    const running = { ...idea, stage: 'running', outcome: 'granted', decisionDate: '2027-06-01' } as const;
    expect(projectFieldRules(lead, running)['budget.grantedMinor']).toEqual({ editable: true });
  });

  it.each([
    ['an idea', 'idea', null, null, false],
    ['an application', 'application', null, null, false],
    ['a decision not yet answered', 'decision', null, null, false],
    ['a decision answered no', 'decision', 'rejected', null, false],
    ['a decision answered yes', 'decision', 'granted', null, true],
    ['a running project', 'running', 'granted', '2027-06-01', true],
    ['a completed project', 'closed', 'completed', '2025-01-01', true],
    ['a closed rejection', 'closed', 'rejected', '2025-01-01', false],
    ['an idea withdrawn', 'closed', 'withdrawn', null, false],
  ] as const)('%s has a grant decided: %s', (_, stage, outcome, decisionDate, decided) => {
    expect(grantDecided({ stage, outcome, decisionDate })).toBe(decided);
  });

  it('locks every ruled field for someone who does not edit the project', () => {
    const rules = projectFieldRules({ id: 'lead-2', roles: ['project_lead'] }, idea);
    expect(Object.values(rules)).toEqual([
      { editable: false, reason: 'not_project_editor' },
      { editable: false, reason: 'not_project_editor' },
      { editable: false, reason: 'not_project_editor' },
    ]);
  });
});

describe('which read-only fields an edit changes', () => {
  const rules = projectFieldRules(lead, idea);

  it('names each changed read-only field with its reason', () => {
    expect(
      lockedFieldEdits(rules, current, { departmentId: 'd2', isPublic: true, budget: budget(999_999_999) }),
    ).toEqual([
      { field: 'departmentId', reason: 'coordinators_only' },
      { field: 'isPublic', reason: 'coordinators_only' },
      { field: 'budget.grantedMinor', reason: 'no_grant_decided' },
    ]);
  });

  it('lets a read-only field be sent with the value it has, as the whole form sends it', () => {
    expect(
      lockedFieldEdits(rules, current, { departmentId: 'd1', isPublic: false, budget: budget(null) }),
    ).toEqual([]);
    expect(lockedFieldEdits(rules, current, {})).toEqual([]);
  });

  it('lets the rest of the budget change around a read-only granted amount', () => {
    expect(lockedFieldEdits(rules, current, { budget: { ...budget(null), totalMinor: 500 } })).toEqual([]);
  });

  it('lets an editor of every project change them all, but not the granted amount before the yes', () => {
    expect(
      lockedFieldEdits(projectFieldRules(coordinator, idea), current, {
        departmentId: 'd2',
        isPublic: true,
        budget: budget(5),
      }),
    ).toEqual([{ field: 'budget.grantedMinor', reason: 'no_grant_decided' }]);
  });
});

describe('where a person may register an idea', () => {
  it('lets a project lead register ideas only in their own departments', () => {
    const person = { roles: ['project_lead'] as const, departmentIds: ['d1'] };
    expect(mayCreateIdeaIn(person, 'd1')).toBe(true);
    expect(mayCreateIdeaIn(person, 'd2')).toBe(false);
    expect(mayCreateIdeaIn({ roles: ['project_lead'], departmentIds: [] }, 'd1')).toBe(false);
  });

  it('lets coordinators and admins register ideas in any department', () => {
    expect(mayCreateIdeaIn({ roles: ['coordinator'], departmentIds: [] }, 'd2')).toBe(true);
    expect(mayCreateIdeaIn({ roles: ['admin', 'project_lead'], departmentIds: ['d1'] }, 'd2')).toBe(true);
  });
});
