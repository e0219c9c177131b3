import type { Language } from '../people/language';
import { outcomeName, stageName } from '../pipeline/stage-names';
import type { InternationalisationForm, MunicipalityRole } from '../projects/project.contract';
import type { ProjectTableColumn, ProjectTableRow } from './project-table.contract';

/**
 * The table's words in one place: the web's column headers and the export's header row both read
 * them, so a column is called the same on the screen and in the spreadsheet a politician gets.
 * The words are the project page's own (libs/web/core i18n, `project.*`).
 */
const HEADERS: Readonly<Record<Language, Readonly<Record<ProjectTableColumn, string>>>> = {
  sv: {
    title: 'Titel',
    stage: 'Steg',
    outcome: 'Utfall',
    programme: 'Program',
    call: 'Utlysning',
    callDeadline: 'Deadline',
    department: 'Förvaltning',
    projectLead: 'Projektledare',
    coordinator: 'Samordnare',
    plannedStart: 'Planerad start',
    plannedEnd: 'Planerat slut',
    currency: 'Valuta',
    total: 'Total budget',
    requestedGrant: 'Sökt bidrag',
    ownCash: 'Egen insats, kontant',
    ownInKind: 'Egen insats, i tid och resurser',
    granted: 'Beviljat bidrag',
    municipalityRole: 'Kommunens roll',
    partners: 'Partner',
    sdgs: 'Agenda 2030-mål',
    internationalisationForm: 'Form av internationalisering',
    decisionDate: 'Beslutsdatum',
    updatedAt: 'Senast ändrad',
  },
  nb: {
    title: 'Tittel',
    stage: 'Fase',
    outcome: 'Utfall',
    programme: 'Program',
    call: 'Utlysning',
    callDeadline: 'Frist',
    department: 'Avdeling',
    projectLead: 'Prosjektleder',
    coordinator: 'Koordinator',
    plannedStart: 'Planlagt start',
    plannedEnd: 'Planlagt slutt',
    currency: 'Valuta',
    total: 'Totalbudsjett',
    requestedGrant: 'Søkt tilskudd',
    ownCash: 'Egeninnsats, kontanter',
    ownInKind: 'Egeninnsats, i tid og ressurser',
    granted: 'Innvilget tilskudd',
    municipalityRole: 'Kommunens rolle',
    partners: 'Partnere',
    sdgs: 'Bærekraftsmål (Agenda 2030)',
    internationalisationForm: 'Form for internasjonalisering',
    decisionDate: 'Vedtaksdato',
    updatedAt: 'Sist endret',
  },
  en: {
    title: 'Title',
    stage: 'Stage',
    outcome: 'Outcome',
    programme: 'Programme',
    call: 'Call',
    callDeadline: 'Deadline',
    department: 'Department',
    projectLead: 'Project lead',
    coordinator: 'Coordinator',
    plannedStart: 'Planned start',
    plannedEnd: 'Planned end',
    currency: 'Currency',
    total: 'Total budget',
    requestedGrant: 'Grant requested',
    ownCash: 'Own contribution, cash',
    ownInKind: 'Own contribution, in kind',
    granted: 'Grant awarded',
    municipalityRole: 'Municipality’s role',
    partners: 'Partners',
    sdgs: 'Agenda 2030 goals',
    internationalisationForm: 'Form of internationalisation',
    decisionDate: 'Decision date',
    updatedAt: 'Last changed',
  },
};

const ROLE_NAMES: Readonly<Record<Language, Readonly<Record<MunicipalityRole, string>>>> = {
  sv: { lead_partner: 'Huvudsökande', partner: 'Partner', associated_partner: 'Associerad partner' },
  nb: { lead_partner: 'Hovedsøker', partner: 'Partner', associated_partner: 'Assosiert partner' },
  en: { lead_partner: 'Lead partner', partner: 'Partner', associated_partner: 'Associated partner' },
};

const FORM_NAMES: Readonly<Record<Language, Readonly<Record<InternationalisationForm, string>>>> = {
  sv: {
    external_funding: 'Extern finansiering',
    competence_development: 'Kompetensutveckling',
    cooperation: 'Samarbete',
  },
  nb: {
    external_funding: 'Ekstern finansiering',
    competence_development: 'Kompetanseutvikling',
    cooperation: 'Samarbeid',
  },
  en: {
    external_funding: 'External funding',
    competence_development: 'Competence development',
    cooperation: 'Cooperation',
  },
};

/** "Mål 4", "Mål 4", "Goal 4": an Agenda 2030 goal as the project page names it. */
const GOAL_WORD: Readonly<Record<Language, string>> = { sv: 'Mål', nb: 'Mål', en: 'Goal' };

/** A column's header in the person's language. */
export function projectTableHeader(column: ProjectTableColumn, language: Language): string {
  return HEADERS[language][column];
}

export function municipalityRoleName(role: MunicipalityRole, language: Language): string {
  return ROLE_NAMES[language][role];
}

export function internationalisationFormName(form: InternationalisationForm, language: Language): string {
  return FORM_NAMES[language][form];
}

export function sdgName(goal: number, language: Language): string {
  return `${GOAL_WORD[language]} ${goal}`;
}

/**
 * A text column's value as a person reads it (stage, outcome, role and form by name), or null
 * when the row has none. Dates, instants, money and lists are not text: they keep their kind
 * (see PROJECT_TABLE_COLUMN_KINDS) so a spreadsheet sums and sorts them.
 */
export function projectTableText(
  row: ProjectTableRow,
  column: ProjectTableColumn,
  language: Language,
): string | null {
  switch (column) {
    case 'title':
      return row.title;
    case 'stage':
      return stageName(row.stage, language);
    case 'outcome':
      return row.outcome ? outcomeName(row.outcome, language) : null;
    case 'programme':
      return row.programmeName;
    case 'call':
      return row.callTitle;
    case 'department':
      return row.departmentName;
    case 'projectLead':
      return row.projectLeadName;
    case 'coordinator':
      return row.coordinatorName;
    case 'currency':
      return row.currency;
    case 'municipalityRole':
      return row.municipalityRole ? municipalityRoleName(row.municipalityRole, language) : null;
    case 'internationalisationForm':
      return row.internationalisationForm
        ? internationalisationFormName(row.internationalisationForm, language)
        : null;
    default:
      return null;
  }
}

/** A list column's items as text: partners as "Organisation (country)", goals as "Mål 4". */
export function projectTableList(
  row: ProjectTableRow,
  column: ProjectTableColumn,
  language: Language,
): string[] {
  if (column === 'partners') return row.partners;
  if (column === 'sdgs') return row.sdgs.map((goal) => sdgName(goal, language));
  return [];
}

/** The minor units of a money column, or null when the row has no amount there. */
export function projectTableMinor(row: ProjectTableRow, column: ProjectTableColumn): number | null {
  switch (column) {
    case 'total':
      return row.totalMinor;
    case 'requestedGrant':
      return row.requestedGrantMinor;
    case 'ownCash':
      return row.ownCashMinor;
    case 'ownInKind':
      return row.ownInKindMinor;
    case 'granted':
      return row.grantedMinor;
    default:
      return null;
  }
}

/** A date (YYYY-MM-DD) or instant (ISO) column's value, or null. */
export function projectTableTime(row: ProjectTableRow, column: ProjectTableColumn): string | null {
  switch (column) {
    case 'callDeadline':
      return row.callDeadline;
    case 'plannedStart':
      return row.plannedStart;
    case 'plannedEnd':
      return row.plannedEnd;
    case 'decisionDate':
      return row.decisionDate;
    case 'updatedAt':
      return row.updatedAt;
    default:
      return null;
  }
}

/** The words around an export: its title, the filter lines, and who made it when. */
export interface ProjectTableExportWords {
  /** The file name's first part, e.g. `projekt` in projekt-2026-12-06.xlsx (ASCII). */
  fileStem: string;
  title: string;
  sheetName: string;
  /** The line that says no filter narrowed the list. */
  noFilter: string;
  filter: string;
  /** The filters' names: programme, department, project lead, year, free text. */
  filters: Readonly<Record<'programme' | 'department' | 'projectLead' | 'year' | 'q' | 'stage' | 'outcome', string>>;
  sortedBy: string;
  ascending: string;
  descending: string;
  exported: (who: string, when: string) => string;
  rows: (count: number) => string;
}

const EXPORT_WORDS: Readonly<Record<Language, ProjectTableExportWords>> = {
  sv: {
    fileStem: 'projekt',
    title: 'Projekt',
    sheetName: 'Projekt',
    noFilter: 'Filter: inga (alla projekt du kan se)',
    filter: 'Filter',
    filters: {
      programme: 'Program',
      department: 'Förvaltning',
      projectLead: 'Projektledare',
      year: 'År',
      q: 'Fritext',
      stage: 'Steg',
      outcome: 'Utfall',
    },
    sortedBy: 'Sorterat efter',
    ascending: 'stigande',
    descending: 'fallande',
    exported: (who, when) => `Exporterad av ${who}, ${when}`,
    rows: (count) => `${count} projekt`,
  },
  nb: {
    fileStem: 'prosjekter',
    title: 'Prosjekter',
    sheetName: 'Prosjekter',
    noFilter: 'Filter: ingen (alle prosjekter du kan se)',
    filter: 'Filter',
    filters: {
      programme: 'Program',
      department: 'Avdeling',
      projectLead: 'Prosjektleder',
      year: 'År',
      q: 'Fritekst',
      stage: 'Fase',
      outcome: 'Utfall',
    },
    sortedBy: 'Sortert etter',
    ascending: 'stigende',
    descending: 'synkende',
    exported: (who, when) => `Eksportert av ${who}, ${when}`,
    rows: (count) => `${count} prosjekter`,
  },
  en: {
    fileStem: 'projects',
    title: 'Projects',
    sheetName: 'Projects',
    noFilter: 'Filter: none (every project you can see)',
    filter: 'Filter',
    filters: {
      programme: 'Programme',
      department: 'Department',
      projectLead: 'Project lead',
      year: 'Year',
      q: 'Free text',
      stage: 'Stage',
      outcome: 'Outcome',
    },
    sortedBy: 'Sorted by',
    ascending: 'ascending',
    descending: 'descending',
    exported: (who, when) => `Exported by ${who}, ${when}`,
    rows: (count) => `${count} ${count === 1 ? 'project' : 'projects'}`,
  },
};

export function projectTableExportWords(language: Language): ProjectTableExportWords {
  return EXPORT_WORDS[language];
}
