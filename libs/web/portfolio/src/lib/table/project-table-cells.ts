import {
  PROJECT_TABLE_COLUMN_KINDS,
  formatMoney,
  internationalisationFormName,
  municipalityRoleName,
  outcomeName,
  sdgName,
  stageName,
  type Language,
  type ProjectTableColumn,
  type ProjectTableRow,
} from '@gp/domain';
import { formatLocalDate, formatLocalDay } from '@gp/web/ui';

/** Words the cells need from the translation layer (the municipality's role, forms, goals). */
export interface CellWording {
  language: Language;
  locale: string;
  translate(key: string, params?: Record<string, unknown>): string;
}

/** The row's raw value behind a column, as the contract names it. */
export function rawValue(row: ProjectTableRow, column: ProjectTableColumn): unknown {
  switch (column) {
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
      return row[column];
  }
}

/**
 * A cell as the reader's locale writes it: money with its currency, days and instants the local
 * way, stages and outcomes in the reader's words, lists joined by "; " as the export joins them.
 */
export function cellText(row: ProjectTableRow, column: ProjectTableColumn, words: CellWording): string {
  const value = rawValue(row, column);
  if (value === null || value === undefined) return '';
  switch (column) {
    case 'stage':
      return stageName(row.stage, words.language);
    case 'outcome':
      return row.outcome ? outcomeName(row.outcome, words.language) : '';
    case 'municipalityRole':
      return row.municipalityRole ? municipalityRoleName(row.municipalityRole, words.language) : '';
    case 'internationalisationForm':
      return row.internationalisationForm
        ? internationalisationFormName(row.internationalisationForm, words.language)
        : '';
    case 'sdgs':
      return row.sdgs.map((goal) => sdgName(goal, words.language)).join('; ');
  }
  switch (PROJECT_TABLE_COLUMN_KINDS[column]) {
    case 'money':
      return formatMoney({ amountMinor: value as number, currency: row.currency }, words.language);
    case 'date':
      return formatLocalDay(value as string, words.locale);
    case 'instant':
      return formatLocalDate(value as string, words.locale, 'date');
    case 'list':
      return (value as unknown[]).join('; ');
    default:
      return String(value);
  }
}

/** Money and counts line up on the right, as in a spreadsheet. */
export function alignsRight(column: ProjectTableColumn): boolean {
  return PROJECT_TABLE_COLUMN_KINDS[column] === 'money';
}
