import type { Language } from '../people/language';
import type { LedgerYear } from '../co-funding/co-funding-ledger';
import type { SpreadsheetCell, SpreadsheetColumnKind } from './spreadsheet-cells';

/**
 * The co-funding ledger as exported (XLSX, CSV): per department, budget year and currency, the
 * frame, what is pending, approved, committed, released and what remains. Money in its own
 * currency: a row in euro stays in euro, as on the page.
 */

const COLUMNS = [
  'department',
  'year',
  'currency',
  'frame',
  'pending',
  'approved',
  'committed',
  'released',
  'remaining',
] as const;
type LedgerColumn = (typeof COLUMNS)[number];

const KINDS: Readonly<Record<LedgerColumn, SpreadsheetColumnKind>> = {
  department: 'text',
  year: 'number',
  currency: 'text',
  frame: 'money',
  pending: 'money',
  approved: 'money',
  committed: 'money',
  released: 'money',
  remaining: 'money',
};

const HEADERS: Readonly<Record<Language, Readonly<Record<LedgerColumn, string>>>> = {
  sv: {
    department: 'Förvaltning',
    year: 'Budgetår',
    currency: 'Valuta',
    frame: 'Ram',
    pending: 'Begärt, ej beslutat',
    approved: 'Beviljat',
    committed: 'Bundet',
    released: 'Frigjort',
    remaining: 'Kvar av ramen',
  },
  nb: {
    department: 'Avdeling',
    year: 'Budsjettår',
    currency: 'Valuta',
    frame: 'Ramme',
    pending: 'Forespurt, ikke vedtatt',
    approved: 'Innvilget',
    committed: 'Bundet',
    released: 'Frigjort',
    remaining: 'Igjen av rammen',
  },
  en: {
    department: 'Department',
    year: 'Budget year',
    currency: 'Currency',
    frame: 'Frame',
    pending: 'Asked, not decided',
    approved: 'Approved',
    committed: 'Committed',
    released: 'Released',
    remaining: 'Left of the frame',
  },
};

const TITLES: Readonly<Record<Language, { title: string; fileStem: string }>> = {
  sv: { title: 'Medfinansiering per budgetår', fileStem: 'medfinansiering' },
  nb: { title: 'Medfinansiering per budsjettår', fileStem: 'medfinansiering' },
  en: { title: 'Co-funding by budget year', fileStem: 'co-funding' },
};

export function coFundingLedgerExportTitle(language: Language): { title: string; fileStem: string } {
  return TITLES[language];
}

/** The ledger's rows as spreadsheet columns and cells. */
export function coFundingLedgerCells(
  rows: readonly LedgerYear[],
  language: Language,
): { columns: Array<{ header: string; kind: SpreadsheetColumnKind }>; rows: SpreadsheetCell[][] } {
  const money = (minor: number | null, row: LedgerYear): SpreadsheetCell =>
    minor === null ? null : { kind: 'money', minor, currency: row.currency };
  return {
    columns: COLUMNS.map((column) => ({ header: HEADERS[language][column], kind: KINDS[column] })),
    rows: rows.map((row) => [
      { kind: 'text', value: row.departmentName },
      { kind: 'number', value: row.year },
      { kind: 'text', value: row.currency },
      money(row.frameMinor, row),
      money(row.pendingMinor, row),
      money(row.approvedMinor, row),
      money(row.committedMinor, row),
      money(row.releasedMinor, row),
      money(row.remainingMinor, row),
    ]),
  };
}
