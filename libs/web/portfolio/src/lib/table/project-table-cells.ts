import {
  PROJECT_TABLE_COLUMN_KINDS,
  formatMoney,
  projectTableList,
  projectTableMinor,
  projectTableText,
  projectTableTime,
  type Language,
  type ProjectTableColumn,
  type ProjectTableRow,
} from '@gp/domain';
import { formatLocalDate, formatLocalDay } from '@gp/web/ui';

/** The reader's language and locale, which the cells are written in. */
export interface CellWording {
  language: Language;
  locale: string;
}

/**
 * A cell as the reader's locale writes it: money with its currency, days and instants the local
 * way, names (stages, outcomes, roles, forms, goals) in the reader's words as libs/domain's table
 * words give them to the export too, lists joined by "; " as the export joins them.
 */
export function cellText(row: ProjectTableRow, column: ProjectTableColumn, words: CellWording): string {
  switch (PROJECT_TABLE_COLUMN_KINDS[column]) {
    case 'money': {
      const minor = projectTableMinor(row, column);
      return minor === null
        ? ''
        : formatMoney({ amountMinor: minor, currency: row.currency }, words.language);
    }
    case 'date': {
      const day = projectTableTime(row, column);
      return day === null ? '' : formatLocalDay(day, words.locale);
    }
    case 'instant': {
      const instant = projectTableTime(row, column);
      return instant === null ? '' : formatLocalDate(instant, words.locale, 'date');
    }
    case 'list':
      return projectTableList(row, column, words.language).join('; ');
    default:
      return projectTableText(row, column, words.language) ?? '';
  }
}

/** Money and counts line up on the right, as in a spreadsheet. */
export function alignsRight(column: ProjectTableColumn): boolean {
  return PROJECT_TABLE_COLUMN_KINDS[column] === 'money';
}
