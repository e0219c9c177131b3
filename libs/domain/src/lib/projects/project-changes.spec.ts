import { sameValue } from '../platform/changed-fields';
import { changedProjectFields } from './project-changes';
import type { ProjectFields } from './project.contract';

const current: ProjectFields = {
  title: 'Lärare lär av lärare',
  purpose: '',
  departmentId: 'd1',
  projectLeadId: null,
  coordinatorId: null,
  programmeId: null,
  callId: null,
  municipalityRole: null,
  plannedStart: '2027-09-01',
  plannedEnd: null,
  interimReportOn: null,
  finalReportOn: null,
  budget: {
    currency: 'EUR',
    totalMinor: 100,
    requestedGrantMinor: null,
    ownCashMinor: null,
    ownInKindMinor: null,
    grantedMinor: null,
  },
  partners: [{ organisation: 'Omnia', country: 'FI', role: 'partner' }],
  themes: ['utbildning'],
  sdgs: [4, 8],
  internationalisationForm: null,
  isPublic: false,
  publicSummary: '',
  contactName: '',
  contactEmail: '',
  links: [],
  results: '',
};

describe('what an edit changes', () => {
  it('finds nothing in an edit that sends the values there are', () => {
    expect(changedProjectFields(current, {})).toEqual({});
    expect(changedProjectFields(current, structuredClone(current))).toEqual({});
  });

  it('keeps only the fields that differ', () => {
    expect(
      changedProjectFields(current, {
        title: current.title,
        sdgs: [4, 8, 13],
        budget: { ...current.budget, totalMinor: 200 },
        plannedEnd: null,
      }),
    ).toEqual({ sdgs: [4, 8, 13], budget: { ...current.budget, totalMinor: 200 } });
  });

  it('compares objects whatever the order of their keys, and lists in their order', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, { a: 0 })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(
      changedProjectFields(current, {
        partners: [{ role: 'partner', country: 'FI', organisation: 'Omnia' }],
      }),
    ).toEqual({});
  });
});
