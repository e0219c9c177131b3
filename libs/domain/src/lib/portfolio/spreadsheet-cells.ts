import type { Currency } from '../money/currency';
import { MINOR_UNITS_PER_MAJOR } from '../money/currency';

/**
 * How values are written into the spreadsheets people open in Swedish and Norwegian Excel: the
 * CSV rules, and what both formats share (cell kinds, money in major units, the guard against
 * formulas). The API's spreadsheet writer applies them; they sit here, pure, to be tested alone.
 */

/** What a column holds; each kind is written as its own kind of cell so Excel sums and sorts it. */
export const SPREADSHEET_COLUMN_KINDS = ['text', 'number', 'date', 'instant', 'money', 'percent', 'list'] as const;
export type SpreadsheetColumnKind = (typeof SPREADSHEET_COLUMN_KINDS)[number];

/**
 * One cell's value. Dates are days (YYYY-MM-DD); instants are wall-clock times already in the
 * organisation's zone (YYYY-MM-DDTHH:mm); money is minor units with its currency; a percent is in
 * percent (12.5 means 12,5 %). Null is an empty cell.
 */
export type SpreadsheetCell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: string }
  | { kind: 'instant'; value: string }
  | { kind: 'money'; minor: number; currency: Currency }
  | { kind: 'percent'; value: number }
  | { kind: 'list'; values: readonly string[] }
  | null;

/** Excel opens a UTF-8 CSV as UTF-8 only when it starts with the byte-order mark. */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';
/** Swedish and Norwegian Excel split on `;`: the comma is their decimal sign. */
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';
/** How a list's items are joined in one cell. */
export const LIST_JOINER = '; ';

/**
 * A text a spreadsheet would take for a formula (= + - @) or that a tab or carriage return starts
 * (which some importers turn into one): an exported title like `=HYPERLINK(…)` would run when the
 * file is opened. A leading apostrophe makes Excel show it as text. Only text cells: numbers and
 * dates are written as they are.
 */
export function guardedText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV field: quoted when it holds the separator, a quote or a line break, its quotes doubled. */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line of fields already written as text, with its CRLF. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(CSV_SEPARATOR) + CSV_LINE_END;
}

/** A decimal number with a comma and no thousands separator: 1234,5 (as many decimals as it has). */
export function decimalComma(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Twelve significant digits at most: 0.1 + 0.2 is written 0,3, not 0,30000000000000004.
  const text = String(Number(value.toPrecision(12)));
  // Beyond 1e21 JavaScript writes an exponent; amounts never get there, but never write "1e+21".
  return /e/i.test(text) ? value.toFixed(0) : text.replace('.', ',');
}

/** Minor units as a decimal of the major unit with two decimals and a comma: 123450 → 1234,50. */
export function moneyDecimal(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const whole = Math.abs(minor);
  const major = Math.floor(whole / MINOR_UNITS_PER_MAJOR);
  const cents = String(whole % MINOR_UNITS_PER_MAJOR).padStart(2, '0');
  return `${sign}${major},${cents}`;
}

/** Minor units as the major-unit number an XLSX money cell holds: 123450 → 1234.5. */
export function moneyMajor(minor: number): number {
  return minor / MINOR_UNITS_PER_MAJOR;
}

/** Excel's number format for money in a currency: thousands grouped, two decimals, the code after. */
export function moneyNumberFormat(currency: Currency): string {
  return `#,##0.00 "${currency}"`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WALL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/** A cell's text in a CSV file (before quoting): the rules above for each kind. */
export function csvCellText(cell: SpreadsheetCell): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return guardedText(cell.value);
    case 'list':
      return guardedText(cell.values.join(LIST_JOINER));
    case 'number':
      return decimalComma(cell.value);
    case 'percent':
      return decimalComma(cell.value);
    case 'money':
      return moneyDecimal(cell.minor);
    case 'date':
      // A day is written as it is kept; anything else is not a day and is written as text.
      return DAY.test(cell.value) ? cell.value : guardedText(cell.value);
    case 'instant': {
      const match = WALL_TIME.exec(cell.value);
      return match ? `${match[1]} ${match[2]}` : guardedText(cell.value);
    }
  }
}

/** A whole CSV line of cells. */
export function csvRow(cells: readonly SpreadsheetCell[]): string {
  return csvLine(cells.map(csvCellText));
}
