import type { Currency } from '../money/currency';
import type { Outcome } from '../pipeline/outcome';
import type { Stage } from '../pipeline/stage';
import type { BoardFilters } from '../projects/board.contract';
import type { InternationalisationForm, MunicipalityRole } from '../projects/project.contract';

/**
 * The table of projects (`/projects`): the board's second view, one row per project the reader may
 * read, with the board's filters plus stage, outcome and free text that also finds partners,
 * programme and call names. Sorted and paged on the server; exported whole as XLSX and CSV.
 */

/** Every column the table can show, in the order it shows them. */
export const PROJECT_TABLE_COLUMNS = [
  'title',
  'stage',
  'outcome',
  'programme',
  'call',
  'callDeadline',
  'department',
  'projectLead',
  'coordinator',
  'plannedStart',
  'plannedEnd',
  'currency',
  'total',
  'requestedGrant',
  'ownCash',
  'ownInKind',
  'granted',
  'municipalityRole',
  'partners',
  'sdgs',
  'internationalisationForm',
  'decisionDate',
  'updatedAt',
] as const;
export type ProjectTableColumn = (typeof PROJECT_TABLE_COLUMNS)[number];

/** What a person sees before choosing columns. */
export const DEFAULT_PROJECT_TABLE_COLUMNS: readonly ProjectTableColumn[] = [
  'title',
  'stage',
  'programme',
  'department',
  'projectLead',
  'plannedStart',
  'plannedEnd',
  'requestedGrant',
  'granted',
];

/**
 * How a column's values are written in a spreadsheet cell: text, a date (YYYY-MM-DD), an instant,
 * money in minor units of the row's currency, or a list joined by "; ".
 */
export type ProjectTableColumnKind = 'text' | 'date' | 'instant' | 'money' | 'list';

export const PROJECT_TABLE_COLUMN_KINDS: Readonly<Record<ProjectTableColumn, ProjectTableColumnKind>> = {
  title: 'text',
  stage: 'text',
  outcome: 'text',
  programme: 'text',
  call: 'text',
  callDeadline: 'instant',
  department: 'text',
  projectLead: 'text',
  coordinator: 'text',
  plannedStart: 'date',
  plannedEnd: 'date',
  currency: 'text',
  total: 'money',
  requestedGrant: 'money',
  ownCash: 'money',
  ownInKind: 'money',
  granted: 'money',
  municipalityRole: 'text',
  partners: 'list',
  sdgs: 'list',
  internationalisationForm: 'text',
  decisionDate: 'date',
  updatedAt: 'instant',
};

/** The columns the table sorts by; the lists (partners, goals) do not sort. */
export const PROJECT_TABLE_SORTABLE: readonly ProjectTableColumn[] = PROJECT_TABLE_COLUMNS.filter(
  (column) => PROJECT_TABLE_COLUMN_KINDS[column] !== 'list',
);

export const PROJECT_TABLE_PAGE_SIZE = 25;
export const PROJECT_TABLE_PAGE_MAX = 100;

export type SortDirection = 'asc' | 'desc';

/**
 * The table's address parameters, as the board's: `programmeId`, `departmentId`, `projectLeadId`,
 * `year`, `q`, and its own `stage` and `outcome` (repeatable), `sort`, `direction`, `offset`, `limit`.
 * `q` finds title, purpose, a partner's organisation, the programme's and the call's names.
 */
export interface ProjectTableQuery extends BoardFilters {
  stage?: Stage[];
  outcome?: Outcome[];
  sort?: ProjectTableColumn;
  direction?: SortDirection;
  offset?: number;
  limit?: number;
}

export interface ProjectTableRow {
  id: string;
  title: string;
  stage: Stage;
  outcome: Outcome | null;
  programmeName: string | null;
  callTitle: string | null;
  /** ISO instant. */
  callDeadline: string | null;
  departmentName: string;
  projectLeadName: string | null;
  coordinatorName: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  currency: Currency;
  totalMinor: number | null;
  requestedGrantMinor: number | null;
  ownCashMinor: number | null;
  ownInKindMinor: number | null;
  grantedMinor: number | null;
  municipalityRole: MunicipalityRole | null;
  /** "Organisation (country)" per partner. */
  partners: string[];
  sdgs: number[];
  internationalisationForm: InternationalisationForm | null;
  decisionDate: string | null;
  /** ISO instant. */
  updatedAt: string;
}

export interface ProjectTablePage {
  rows: ProjectTableRow[];
  /** Every row that matches, over all pages. */
  total: number;
  offset: number;
  limit: number;
}

/** The columns a person chose, kept per user (GET/PUT /api/projects/table/columns). */
export interface ProjectTableColumnsPreference {
  columns: ProjectTableColumn[];
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
