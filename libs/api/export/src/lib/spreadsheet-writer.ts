import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { attachmentDisposition } from './attachment-disposition';
import { writeCsv } from './csv-writer';
import { SPREADSHEET_CONTENT_TYPES, type Spreadsheet } from './spreadsheet';
import { writeXlsx } from './xlsx-writer';

const logger = new Logger('SpreadsheetWriter');

/**
 * Sends an export as a file download, written while its rows are read; resolves with the number
 * of rows written. An error before the first byte is thrown, so it becomes an ordinary error
 * answer. After that it cannot any more: the download is cut off (the browser shows it failed,
 * rather than a file that looks whole) and the cause is logged.
 */
export async function sendSpreadsheet(response: Response, sheet: Spreadsheet): Promise<number> {
  // The first rows are read before anything is written: a query that fails at once (the usual
  // way one fails) still gets its error answer.
  const rows = await readAhead(sheet.rows);
  const fileName = `${sheet.fileName}.${sheet.format}`;
  response.status(200);
  response.setHeader('Content-Type', SPREADSHEET_CONTENT_TYPES[sheet.format]);
  response.setHeader('Content-Disposition', attachmentDisposition(fileName));
  // The municipality's projects, some not public: not for shared caches.
  response.setHeader('Cache-Control', 'private, no-store');
  try {
    return sheet.format === 'xlsx' ? await writeXlsx(response, { ...sheet, rows }) : await writeCsv(response, { ...sheet, rows });
  } catch (error) {
    if (!response.headersSent) {
      response.removeHeader('Content-Disposition');
      throw error;
    }
    // Someone closing a download they no longer want is no fault of ours.
    if (response.destroyed) logger.warn(`The download of ${fileName} was closed before it ended`);
    else logger.error(`The export ${fileName} stopped: ${error instanceof Error ? error.stack : String(error)}`);
    response.destroy();
    return 0;
  }
}

/** The same rows, the first of them already read. */
async function readAhead<Row>(rows: AsyncIterable<Row>): Promise<AsyncIterable<Row>> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      let next = first;
      try {
        while (!next.done) {
          yield next.value;
          next = await iterator.next();
        }
      } finally {
        // Stopped early (the download was closed): let the reader release its connection.
        if (!next.done) await iterator.return?.();
      }
    },
  };
}
