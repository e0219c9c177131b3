import type { Project } from '../projects/project.contract';
import { checkMove } from './check-move';
import { checklistForNextCall, copyToNextCallBar, nextAttemptOf } from './copy-for-next-call';

const rejected: Project = {
  id: 'p-1',
  stage: 'closed',
  outcome: 'rejected',
  decisionDate: '2025-01-20',
  previousAttemptId: null,
  nextAttemptId: null,
  version: 7,
  createdAt: '2024-05-01T08:00:00.000Z',
  updatedAt: '2025-01-20T08:00:00.000Z',
  title: 'Digital skills for seniors',
  purpose: 'Courses in libraries',
  departmentId: 'dep-utb',
  projectLeadId: 'lead-1',
  coordinatorId: 'coord-1',
  programmeId: 'prog-cb',
  callId: 'call-4',
  municipalityRole: 'partner',
  plannedStart: '2025-03-01',
  plannedEnd: '2027-02-28',
  interimReportOn: '2026-03-01',
  finalReportOn: '2027-04-30',
  budget: {
    currency: 'EUR',
    totalMinor: 100_000_000,
    requestedGrantMinor: 80_000_000,
    ownCashMinor: 10_000_000,
    ownInKindMinor: 10_000_000,
    grantedMinor: null,
  },
  partners: [{ organisation: 'Turku', country: 'FI', role: 'lead_partner' }],
  themes: ['digital'],
  sdgs: [4, 10],
  internationalisationForm: 'external_funding',
  isPublic: true,
  publicSummary: 'Seniors learn digital skills.',
  contactName: 'Maja',
  contactEmail: 'maja@demo.kommun.se',
  links: [{ label: 'Call', url: 'https://interreg.eu' }],
  results: 'Not granted; scored 68 of 100.',
} as Project;

describe('copyToNextCallBar', () => {
  const coordinator = { id: 'coord-1', roles: ['coordinator'] as const };

  it('lets whoever edits the project copy a closed one', () => {
    expect(copyToNextCallBar(coordinator, rejected)).toBeNull();
    expect(copyToNextCallBar({ id: 'lead-1', roles: ['project_lead'] }, rejected)).toBeNull();
  });

  it('refuses a reader and another project lead', () => {
    expect(copyToNextCallBar({ id: 'v', roles: ['viewer'] }, rejected)).toBe('forbidden');
    expect(copyToNextCallBar({ id: 'lead-2', roles: ['project_lead'] }, rejected)).toBe('forbidden');
  });

  it('refuses a project already copied: its next attempt is the one to copy', () => {
    expect(copyToNextCallBar(coordinator, { ...rejected, nextAttemptId: 'p-2' })).toBe('already_copied');
  });

  it('refuses a project whose attempt is still live', () => {
    for (const stage of ['idea', 'application', 'decision', 'running'] as const)
      expect(copyToNextCallBar(coordinator, { ...rejected, stage })).toBe('copy_needs_closed');
  });
});

describe('nextAttemptOf', () => {
  it('keeps what the project is and resets what belonged to the old attempt', () => {
    const next = nextAttemptOf(rejected);
    expect(next).toMatchObject({
      title: 'Digital skills for seniors',
      purpose: 'Courses in libraries',
      departmentId: 'dep-utb',
      projectLeadId: 'lead-1',
      coordinatorId: 'coord-1',
      programmeId: 'prog-cb',
      municipalityRole: 'partner',
      partners: rejected.partners,
      themes: ['digital'],
      sdgs: [4, 10],
      publicSummary: 'Seniors learn digital skills.',
      stage: 'application',
      previousAttemptId: 'p-1',
      callId: null,
      plannedStart: null,
      plannedEnd: null,
      interimReportOn: null,
      finalReportOn: null,
      outcome: null,
      decisionDate: null,
      results: '',
      isPublic: false,
    });
    expect(next.budget).toEqual({ ...rejected.budget, grantedMinor: null });
    expect(next).not.toHaveProperty('id');
    expect(next).not.toHaveProperty('version');
  });

  it('starts as an idea without a programme, and shares no arrays with the old project', () => {
    const next = nextAttemptOf({ ...rejected, programmeId: null });
    expect(next.stage).toBe('idea');
    next.partners.push({ organisation: 'Tallinn', country: 'EE', role: 'partner' });
    expect(rejected.partners).toHaveLength(1);
  });
});

describe('checklistForNextCall', () => {
  it('keeps every item in order, custom ones too, with nothing done', () => {
    const items = checklistForNextCall([
      {
        templateItemId: null,
        title: 'Letter from Turku',
        guidance: '',
        required: false,
        due: null,
        assigneeId: 'lead-1',
        comment: 'asked 3 May',
        position: 4,
      },
      {
        templateItemId: 't-1',
        title: 'PIC number',
        guidance: 'EU Login',
        required: true,
        due: { kind: 'before_deadline', days: 14 },
        assigneeId: null,
        comment: '',
        position: 1,
      },
    ]);
    expect(items).toEqual([
      {
        templateItemId: 't-1',
        title: 'PIC number',
        guidance: 'EU Login',
        required: true,
        due: { kind: 'before_deadline', days: 14 },
        assigneeId: null,
        comment: '',
        position: 0,
      },
      {
        templateItemId: null,
        title: 'Letter from Turku',
        guidance: '',
        required: false,
        due: null,
        assigneeId: 'lead-1',
        comment: 'asked 3 May',
        position: 1,
      },
    ]);
    expect(items.some((item) => 'doneAt' in item || 'doneById' in item)).toBe(false);
  });
});

describe('a new attempt and the stage rules', () => {
  it('drops the decision of a copied granted project', () => {
    const next = nextAttemptOf({
      ...rejected,
      stage: 'running',
      outcome: 'granted',
      decisionDate: '2025-02-01',
      budget: { ...rejected.budget, grantedMinor: 500 },
    });
    expect(next).toMatchObject({ stage: 'application', outcome: null, decisionDate: null });
    expect(next.budget.grantedMinor).toBeNull();
  });

  it('leaves the original alone', () => {
    const before = JSON.stringify(rejected);
    nextAttemptOf(rejected);
    checklistForNextCall([
      {
        templateItemId: null,
        title: 'x',
        guidance: '',
        required: true,
        due: { kind: 'fixed', on: '2025-01-01' },
        assigneeId: null,
        comment: '',
        position: 0,
      },
    ]);
    expect(JSON.stringify(rejected)).toBe(before);
  });

  it('needs a new call and a fresh checklist before it can be submitted', () => {
    const next = nextAttemptOf(rejected);
    const check = checkMove(
      {
        ...next,
        callDeadline: null,
        checklist: { required: 6, requiredDone: 0 },
        coFunding: { asked: false, approved: false },
      },
      'decision',
    );
    expect(check.allowed).toBe(false);
    expect(check.allowed ? [] : check.reasons.map(({ code }) => code)).toEqual([
      'call_missing',
      'call_deadline_missing',
      'checklist_incomplete',
    ]);
  });
});
