import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  coFundingLedgerCells,
  reportTableCells,
  reportTableRows,
  type Department,
  type LedgerYear,
  type PortfolioReport,
  type ReportTable,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { asBytes, parseCsv } from './support/spreadsheet-files';

/**
 * The report's tables as files: the same figures as the report for the same period and filters,
 * each reader's own, with the period and the rates written above them.
 */
describe('exporting the report’s tables', () => {
  let app: INestApplication;
  let coordinator: ApiClient;
  let head: ApiClient;
  const period = 'from=2020-01-01&to=2029-12-31';

  beforeAll(async () => {
    ({ app } = await createApp({ organisationName: 'Ljungby kommun' }));
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    head = await ApiClient.signedIn(app, demo.departmentHead);
  });

  afterAll(() => app.close());

  const download = (client: ApiClient, table: string, query: string) =>
    client
      .get(`/api/reports/tables/${table}?${query}`)
      .set('accept-encoding', 'identity')
      .buffer(true)
      .parse(asBytes);

  /** A sheet's rows from its header row on, as plain values. */
  const tableOf = async (bytes: Buffer, headerCount: number): Promise<unknown[][]> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1, headerCount + 1)));
    return rows;
  };

  it.each<ReportTable>(['applications', 'pipeline', 'granted-by-department'])(
    'writes %s as the report has it, with the period and the rates above',
    async (table) => {
      const report: PortfolioReport = (await coordinator.get(`/api/reports?${period}`).expect(200)).body;
      const expected = reportTableCells(reportTableRows(report, table), 'sv');
      const response = await download(coordinator, table, `${period}&format=xlsx`).expect(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(response.headers['content-disposition']).toContain(
        `rapport-${table}-2020-01-01-2029-12-31.xlsx`,
      );
      const rows = await tableOf(response.body as Buffer, expected.columns.length);
      const headerAt = rows.findIndex((row) => row[0] === expected.columns[0].header);
      expect(headerAt).toBeGreaterThan(0);
      const above = rows.slice(0, headerAt).map((row) => String(row[0]));
      expect(above).toContain('Period: 2020-01-01 – 2029-12-31');
      expect(above.some((line) => line.startsWith('Belopp i SEK. Månadskurser:'))).toBe(true);
      expect(rows[headerAt]).toEqual(expected.columns.map((c) => c.header));
      const body = rows.slice(headerAt + 1);
      expect(body).toHaveLength(expected.rows.length);
      expected.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const value = body[r][c];
          if (cell === null) expect(value ?? null).toBeNull();
          else if (cell.kind === 'money') expect(value).toBeCloseTo(cell.minor / 100, 2);
          else if (cell.kind === 'percent') expect(Number(value)).toBeCloseTo(cell.value / 100, 3);
          else if (cell.kind === 'text') expect(value).toBe(cell.value);
          else if (cell.kind === 'number') expect(value).toBe(cell.value);
        }),
      );
    },
  );

  it('gives a head her department’s figures as CSV, with the filter named', async () => {
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    const education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
    const query = `${period}&departmentId=${education.id}`;
    const report: PortfolioReport = (await head.get(`/api/reports?${query}`).expect(200)).body;
    const response = await download(head, 'pipeline', `${query}&format=csv`).expect(200);
    const text = (response.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows.some((row) => row[0] === 'Filter: Förvaltning: Utbildningsförvaltningen')).toBe(true);
    const headerAt = rows.findIndex((row) => row[0] === 'Steg');
    const counts = rows.slice(headerAt + 1).map((row) => Number(row[1]));
    expect(counts).toEqual(report.pipeline.map((row) => row.count));
  });

  it('writes the co-funding ledger the reader reads, one budget year or all, as the page shows it', async () => {
    for (const client of [coordinator, head]) {
      const ledger: LedgerYear[] = (await client.get('/api/co-funding/ledger').expect(200)).body;
      const year = ledger[0]?.year;
      expect(year).toBeDefined();
      const expected = coFundingLedgerCells(
        ledger.filter((row) => row.year === year),
        'sv',
      );
      const response = await client
        .get(`/api/co-funding/ledger/export?format=csv&year=${year}`)
        .set('accept-encoding', 'identity')
        .buffer(true)
        .parse(asBytes)
        .expect(200);
      const rows = parseCsv((response.body as Buffer).toString('utf8').slice(1));
      const headerAt = rows.findIndex((row) => row[0] === 'Förvaltning');
      expect(rows[headerAt]).toEqual(expected.columns.map((c) => c.header));
      const body = rows.slice(headerAt + 1);
      expect(body.map((row) => row[0])).toEqual(
        expected.rows.map((cells) => (cells[0] as { value: string }).value),
      );
      // Money as Swedish Excel reads it: 100 000 kr is 100000,00.
      const approved = ledger
        .filter((row) => row.year === year)
        .map((row) => (row.approvedMinor / 100).toFixed(2));
      expect(body.map((row) => row[5])).toEqual(approved.map((text) => text.replace('.', ',')));
    }
    const xlsx = await coordinator
      .get('/api/co-funding/ledger/export?format=xlsx')
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].name).toBe('Medfinansiering per budgetår');
    await coordinator.get('/api/co-funding/ledger/export?format=xlsx&year=19').expect(422);
  });

  it('names the organisation the annual report is signed with, its country and reporting currency', async () => {
    const organisation = (await head.get('/api/organisation').expect(200)).body;
    expect(organisation).toEqual({ name: 'Ljungby kommun', country: 'SE', reportingCurrency: 'SEK', hasLogo: false });
  });

  it('refuses a table it does not have and a format it does not write, naming them; signed out gets 401', async () => {
    const table = await coordinator.get(`/api/reports/tables/budget?${period}&format=xlsx`).expect(400);
    expect(Object.keys(table.body.errors)).toEqual(['table']);
    const format = await coordinator.get(`/api/reports/tables/pipeline?${period}&format=pdf`).expect(422);
    expect(Object.keys(format.body.errors)).toEqual(['format']);
    const signedOut = new ApiClient(app);
    await signedOut.get(`/api/reports/tables/pipeline?${period}&format=csv`).expect(401);
  });
});
