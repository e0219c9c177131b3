import { CSV_BYTE_ORDER_MARK, csvRow, type SpreadsheetCell } from '@gp/domain';
import type { Spreadsheet } from './spreadsheet';
import { ended, written, type ExportSink } from './export-sink';

/** Lines gathered before one write: fewer, larger writes, still a small fraction of the file. */
const LINES_PER_WRITE = 200;

/**
 * The CSV by libs/domain's rules (BOM, `;`, CRLF, decimal comma, formula guard): the title lines,
 * an empty line, the header row, then the rows, written as they are read.
 */
export async function writeCsv(sink: ExportSink, sheet: Spreadsheet): Promise<number> {
  const text = (value: string): SpreadsheetCell => ({ kind: 'text', value });
  let chunk = CSV_BYTE_ORDER_MARK;
  for (const line of sheet.titleLines) chunk += csvRow([text(line)]);
  chunk += csvRow([]);
  chunk += csvRow(sheet.columns.map((column) => text(column.header)));
  await written(sink, chunk);
  let rows = 0;
  let lines: string[] = [];
  for await (const cells of sheet.rows) {
    lines.push(csvRow(cells));
    rows++;
    if (lines.length >= LINES_PER_WRITE) {
      await written(sink, lines.join(''));
      lines = [];
    }
  }
  if (lines.length > 0) await written(sink, lines.join(''));
  await ended(sink);
  return rows;
}
