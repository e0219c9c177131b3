import {
  PROJECT_TABLE_COLUMN_KINDS,
  projectTableHeader,
  projectTableList,
  projectTableMinor,
  projectTableText,
  projectTableTime,
  type Language,
  type ProjectTableColumn,
  type ProjectTableRow,
  type SpreadsheetCell,
} from '@gp/domain';
import type { SpreadsheetColumn, ZonedClock } from '@gp/api/export';

/** Widths that fit the table's usual values, in characters. */
const WIDTHS: Partial<Record<ProjectTableColumn, number>> = { title: 45, programme: 28, department: 26, call: 28 };

/** The export's columns: the table's header in the reader's language and the column's kind. */
export function exportColumns(columns: readonly ProjectTableColumn[], language: Language): SpreadsheetColumn[] {
  return columns.map((column) => ({
    header: projectTableHeader(column, language),
    kind: PROJECT_TABLE_COLUMN_KINDS[column],
    width: WIDTHS[column],
  }));
}

/**
 * A row's cells for the chosen columns: text by libs/domain's words, money in the row's currency,
 * days as days, and instants as the organisation's wall clock shows them.
 */
export function exportCells(
  row: ProjectTableRow,
  columns: readonly ProjectTableColumn[],
  language: Language,
  clock: ZonedClock,
): SpreadsheetCell[] {
  return columns.map((column): SpreadsheetCell => {
    switch (PROJECT_TABLE_COLUMN_KINDS[column]) {
      case 'text': {
        const value = projectTableText(row, column, language);
        return value === null ? null : { kind: 'text', value };
      }
      case 'list':
        return { kind: 'list', values: projectTableList(row, column, language) };
      case 'money': {
        const minor = projectTableMinor(row, column);
        return minor === null ? null : { kind: 'money', minor, currency: row.currency };
      }
      case 'date': {
        const value = projectTableTime(row, column);
        return value === null ? null : { kind: 'date', value };
      }
      case 'instant': {
        const iso = projectTableTime(row, column);
        const value = iso === null ? null : clock.wallTime(iso);
        return value === null ? null : { kind: 'instant', value };
      }
    }
  });
}
