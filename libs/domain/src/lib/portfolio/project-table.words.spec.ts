import { LANGUAGES } from '../people/language';
import { PROJECT_TABLE_COLUMNS, type ProjectTableRow } from './project-table.contract';
import {
  projectTableExportWords,
  projectTableHeader,
  projectTableList,
  projectTableMinor,
  projectTableText,
  projectTableTime,
} from './project-table.words';

const row: ProjectTableRow = {
  id: 'p1',
  title: 'Lärare lär av lärare',
  stage: 'running',
  outcome: 'granted',
  programmeName: 'Erasmus+',
  callTitle: 'KA1 2025',
  callDeadline: '2025-02-19T11:00:00.000Z',
  departmentName: 'Utbildningsförvaltningen',
  projectLeadName: 'Jonas Ek',
  coordinatorName: null,
  plannedStart: '2025-09-01',
  plannedEnd: null,
  currency: 'EUR',
  totalMinor: 100,
  requestedGrantMinor: 200,
  ownCashMinor: 300,
  ownInKindMinor: 400,
  grantedMinor: 500,
  municipalityRole: 'lead_partner',
  partners: ['Città di Modena (IT)'],
  sdgs: [4, 10],
  internationalisationForm: 'competence_development',
  decisionDate: '2025-06-10',
  updatedAt: '2026-12-01T08:00:00.000Z',
};

describe("the table's words", () => {
  it('has a header for every column in every language, each distinct within its language', () => {
    for (const language of LANGUAGES) {
      const headers = PROJECT_TABLE_COLUMNS.map((column) => projectTableHeader(column, language));
      expect(headers.every((h) => h.length > 0)).toBe(true);
      expect(new Set(headers).size).toBe(headers.length);
    }
    expect(projectTableHeader('granted', 'sv')).toBe('Beviljat bidrag');
    expect(projectTableHeader('stage', 'nb')).toBe('Fase');
  });

  it('reads stage, outcome, role and form by their names, as the board does', () => {
    expect(projectTableText(row, 'stage', 'sv')).toBe('Pågår');
    expect(projectTableText(row, 'outcome', 'nb')).toBe('Innvilget');
    expect(projectTableText(row, 'municipalityRole', 'en')).toBe('Lead partner');
    expect(projectTableText(row, 'internationalisationForm', 'sv')).toBe('Kompetensutveckling');
    expect(projectTableText(row, 'coordinator', 'sv')).toBeNull();
    expect(projectTableText({ ...row, outcome: null }, 'outcome', 'sv')).toBeNull();
  });

  it('gives lists, amounts and times by column', () => {
    expect(projectTableList(row, 'sdgs', 'en')).toEqual(['Goal 4', 'Goal 10']);
    expect(projectTableList(row, 'partners', 'sv')).toEqual(['Città di Modena (IT)']);
    expect(['total', 'requestedGrant', 'ownCash', 'ownInKind', 'granted'].map((c) => projectTableMinor(row, c as never))).toEqual([
      100, 200, 300, 400, 500,
    ]);
    expect(projectTableTime(row, 'plannedStart')).toBe('2025-09-01');
    expect(projectTableTime(row, 'updatedAt')).toBe('2026-12-01T08:00:00.000Z');
  });

  it('names an export in each language with an ASCII file stem', () => {
    for (const language of LANGUAGES) expect(projectTableExportWords(language).fileStem).toMatch(/^[a-z]+$/);
    expect(projectTableExportWords('sv').exported('Eva', '2026-12-06 10:00')).toBe('Exporterad av Eva, 2026-12-06 10:00');
  });
});
