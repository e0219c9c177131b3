import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { SpreadsheetCell } from '@gp/domain';
import { attachmentDisposition } from './attachment-disposition';
import { writeCsv } from './csv-writer';
import type { Spreadsheet } from './spreadsheet';
import { writeXlsx } from './xlsx-writer';
import { ZonedClock } from './zoned-clock';

async function* rowsOf(rows: SpreadsheetCell[][]): AsyncIterable<SpreadsheetCell[]> {
  for (const row of rows) yield row;
}

const sheet = (format: 'xlsx' | 'csv'): Spreadsheet => ({
  format,
  fileName: 'projekt-2026-12-06',
  sheetName: 'Projekt',
  titleLines: ['Projekt', 'Filter: Steg: Pågår', '=Exporterad av Eva'],
  columns: [
    { header: 'Titel', kind: 'text' },
    { header: 'Beviljat bidrag', kind: 'money' },
    { header: 'Planerad start', kind: 'date' },
    { header: 'Deadline', kind: 'instant' },
    { header: 'Partner', kind: 'list' },
  ],
  rows: rowsOf([
    [
      { kind: 'text', value: '=Bro; "över"' },
      { kind: 'money', minor: 123450, currency: 'SEK' },
      { kind: 'date', value: '2025-09-01' },
      { kind: 'instant', value: '2027-02-19T12:00' },
      { kind: 'list', values: ['Città di Modena (IT)', 'Oslo (NO)'] },
    ],
    [{ kind: 'text', value: 'Utan belopp' }, null, null, null, { kind: 'list', values: [] }],
  ]),
});

async function collect(write: (sink: PassThrough) => Promise<number>): Promise<{ bytes: Buffer; rows: number }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const rows = await write(sink);
  return { bytes: Buffer.concat(chunks), rows };
}

describe('the spreadsheet writer', () => {
  it('writes an XLSX with real number and date cells, a bold header, frozen panes and an autofilter', async () => {
    const { bytes, rows } = await collect((sink) => writeXlsx(sink, sheet('xlsx')));
    expect(rows).toBe(2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const worksheet = workbook.getWorksheet('Projekt');
    if (!worksheet) throw new Error('no sheet');
    expect(worksheet.getCell('A1').value).toBe('Projekt');
    expect(worksheet.getCell('A3').value).toBe('=Exporterad av Eva');
    const header = worksheet.getRow(5);
    expect(header.getCell(1).value).toBe('Titel');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(worksheet.autoFilter).toBeTruthy();
    const first = worksheet.getRow(6);
    expect(first.getCell(1).value).toBe('=Bro; "över"');
    expect(first.getCell(2).value).toBe(1234.5);
    expect(first.getCell(2).numFmt).toBe('#,##0.00 "SEK"');
    expect(first.getCell(3).value).toEqual(new Date(Date.UTC(2025, 8, 1)));
    expect(first.getCell(4).value).toEqual(new Date(Date.UTC(2027, 1, 19, 12, 0)));
    expect(first.getCell(5).value).toBe('Città di Modena (IT); Oslo (NO)');
    expect(worksheet.getRow(7).getCell(2).value).toBeNull();
  });

  it('writes a CSV with the BOM, ;, CRLF, decimal comma and the formula guard', async () => {
    const { bytes, rows } = await collect((sink) => writeCsv(sink, sheet('csv')));
    expect(rows).toBe(2);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
      'Projekt',
      'Filter: Steg: Pågår',
      "'=Exporterad av Eva",
      '',
      'Titel;Beviljat bidrag;Planerad start;Deadline;Partner',
      `"'=Bro; ""över""";1234,50;2025-09-01;2027-02-19 12:00;"Città di Modena (IT); Oslo (NO)"`,
      'Utan belopp;;;;',
      '',
    ]);
  });

  it('names the file for old and new clients alike', () => {
    expect(attachmentDisposition('projekt-2026-12-06.xlsx')).toBe(
      `attachment; filename="projekt-2026-12-06.xlsx"; filename*=UTF-8''projekt-2026-12-06.xlsx`,
    );
    expect(attachmentDisposition('prosjekt-år.csv')).toBe(
      `attachment; filename="prosjekt-ar.csv"; filename*=UTF-8''prosjekt-%C3%A5r.csv`,
    );
  });

  it('reads instants in the organisation’s zone across daylight saving', () => {
    const clock = new ZonedClock('Europe/Stockholm');
    expect(clock.wallTime('2027-02-19T11:00:00.000Z')).toBe('2027-02-19T12:00');
    expect(clock.wallTime('2027-07-01T10:30:00.000Z')).toBe('2027-07-01T12:30');
    expect(clock.wallTime('2027-03-28T00:59:00.000Z')).toBe('2027-03-28T01:59');
    expect(clock.wallTime('2027-03-28T01:00:00.000Z')).toBe('2027-03-28T03:00');
    expect(clock.wallTime('not a time')).toBeNull();
  });
});
