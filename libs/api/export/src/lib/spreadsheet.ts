import type { ExportFormat, SpreadsheetCell, SpreadsheetColumnKind } from '@gp/domain';

/** A column of an export: its header (in the reader's language), what it holds, and its width. */
export interface SpreadsheetColumn {
  header: string;
  kind: SpreadsheetColumnKind;
  /** In characters; a width for the kind when not given. */
  width?: number;
}

/**
 * One export, whatever it lists (the table of projects now, the reports later): a few title lines
 * (what it is, the filter applied, when and by whom), the columns, and the rows as they are read,
 * so the file is written as the rows arrive and never held whole.
 */
export interface Spreadsheet {
  format: ExportFormat;
  /** The file's name without its extension, e.g. `projekt-2026-12-06`. */
  fileName: string;
  /** The XLSX sheet's name (at most 31 characters; longer ones are cut). */
  sheetName: string;
  titleLines: readonly string[];
  columns: readonly SpreadsheetColumn[];
  rows: AsyncIterable<readonly SpreadsheetCell[]>;
}

/** The Content-Type of each format; CSV says its charset, which its byte-order mark repeats. */
export const SPREADSHEET_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
