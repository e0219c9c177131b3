import { PassThrough } from 'node:stream';
import type { Response } from 'express';
import type { SpreadsheetCell } from '@gp/domain';
import { sendSpreadsheet } from './spreadsheet-writer';

/** A download as Express gives it, enough for the writer: headers, status and the stream. */
function fakeResponse(): PassThrough & { headers: Record<string, string>; headersSent: boolean } {
  const response = new PassThrough() as PassThrough & {
    headers: Record<string, string>;
    headersSent: boolean;
    status: (code: number) => unknown;
    setHeader: (name: string, value: string) => unknown;
    removeHeader: (name: string) => unknown;
  };
  response.headers = {};
  response.headersSent = false;
  response.status = () => response;
  response.setHeader = (name, value) => (response.headers[name.toLowerCase()] = value);
  response.removeHeader = (name) => delete response.headers[name.toLowerCase()];
  response.on('data', () => (response.headersSent = true));
  return response;
}

/** Rows without end, noting when the reader let go of them (as the cursor is closed then). */
function endlessRows(): { rows: AsyncIterable<SpreadsheetCell[]>; released: () => boolean; read: () => number } {
  let released = false;
  let read = 0;
  async function* rows(): AsyncIterable<SpreadsheetCell[]> {
    try {
      for (;;) {
        read++;
        yield [{ kind: 'text', value: `Projekt ${read}` }];
        if (read % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      released = true;
    }
  }
  return { rows: rows(), released: () => released, read: () => read };
}

describe('sending a spreadsheet', () => {
  it.each(['csv', 'xlsx'] as const)('stops reading rows and lets them go when a %s download is closed', async (format) => {
    const response = fakeResponse();
    const source = endlessRows();
    const sending = sendSpreadsheet(response as unknown as Response, {
      format,
      fileName: 'projekt-2026-12-06',
      sheetName: 'Projekt',
      titleLines: ['Projekt'],
      columns: [{ header: 'Titel', kind: 'text' }],
      rows: source.rows,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    response.destroy();
    await expect(sending).resolves.toBe(0);
    expect(source.released()).toBe(true);
    const readWhenClosed = source.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(source.read()).toBe(readWhenClosed);
    expect(response.headers['content-disposition']).toContain('projekt-2026-12-06');
  });

  it('answers an error before the first byte as an error, with no file named', async () => {
    const response = fakeResponse();
    // eslint-disable-next-line require-yield -- rows that fail at once, as a query that fails
    async function* failing(): AsyncIterable<SpreadsheetCell[]> {
      throw new Error('the query failed');
    }
    await expect(
      sendSpreadsheet(response as unknown as Response, {
        format: 'xlsx',
        fileName: 'projekt',
        sheetName: 'Projekt',
        titleLines: [],
        columns: [],
        rows: failing(),
      }),
    ).rejects.toThrow('the query failed');
    expect(response.headers['content-disposition']).toBeUndefined();
  });
});
