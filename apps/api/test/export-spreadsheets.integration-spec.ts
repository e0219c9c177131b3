import type { INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request from 'supertest';
import {
  PROJECT_TABLE_COLUMNS,
  PROJECT_TABLE_PAGE_MAX,
  projectTableHeader,
  stageName,
  type Department,
  type Programme,
  type ProjectTablePage,
  type ProjectTableRow,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { unique } from './support/application';

/** The body as bytes, whatever its type: supertest parses only text and JSON by itself. */
function asBytes(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A CSV file as Swedish Excel reads it: UTF-8, `;`, quoted fields with doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('exporting the table of projects', () => {
  let app: INestApplication;
  let coordinator: ApiClient;
  let esf: Programme;

  /** Every row of the table for the query, over all its pages. */
  const tableRows = async (client: ApiClient, query: string): Promise<ProjectTableRow[]> => {
    const rows: ProjectTableRow[] = [];
    for (let offset = 0; ; offset += 10) {
      const page: ProjectTablePage = (
        await client.get(`/api/projects/table?${query}&offset=${offset}&limit=10`).expect(200)
      ).body;
      rows.push(...page.rows);
      if (page.rows.length < 10) return rows;
    }
  };

  const download = (client: ApiClient, query: string) =>
    client
      .get(`/api/projects/table/export?${query}`)
      .set('accept-encoding', 'identity')
      .buffer(true)
      .parse(asBytes);

  const workbookOf = async (bytes: Buffer): Promise<ExcelJS.Worksheet> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('The workbook has no sheet');
    return sheet;
  };

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    const programmes: Programme[] = (await coordinator.get('/api/programmes')).body;
    esf = programmes.find((p) => p.name === 'ESF+ Socialfonden') as Programme;
  });

  afterAll(() => app.close());

  it('writes an XLSX with exactly the table’s rows and columns, numbers for money and dates for days', async () => {
    const query = `programmeId=${esf.id}&sort=title&direction=asc`;
    const expected = await tableRows(coordinator, query);
    expect(expected.length).toBeGreaterThan(2);
    const response = await download(coordinator, `${query}&format=xlsx&columns=${PROJECT_TABLE_COLUMNS.join(',')}`).expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="projekt-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''projekt-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const sheet = await workbookOf(response.body);

    // The title lines: what it is, the filter by name, the order, who and when and how many.
    expect(sheet.getCell('A1').value).toBe('Projekt');
    expect(sheet.getCell('A2').value).toBe('Filter: Program: ESF+ Socialfonden');
    expect(sheet.getCell('A3').value).toBe('Sorterat efter: Titel, stigande');
    expect(String(sheet.getCell('A4').value)).toMatch(
      new RegExp(`^Exporterad av Maja Lindqvist, \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} · ${expected.length} projekt$`),
    );
    const header = sheet.getRow(6);
    expect(PROJECT_TABLE_COLUMNS.map((_c, i) => header.getCell(i + 1).value)).toEqual(
      PROJECT_TABLE_COLUMNS.map((c) => projectTableHeader(c, 'sv')),
    );
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.autoFilter).toBeTruthy();

    const col = (name: (typeof PROJECT_TABLE_COLUMNS)[number]) => PROJECT_TABLE_COLUMNS.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(6 + expected.length);
    expected.forEach((row, i) => {
      const cells = sheet.getRow(7 + i);
      expect(cells.getCell(col('title')).value).toBe(row.title);
      expect(cells.getCell(col('department')).value).toBe(row.departmentName);
      for (const [column, minor] of [
        ['total', row.totalMinor],
        ['requestedGrant', row.requestedGrantMinor],
        ['granted', row.grantedMinor],
      ] as const) {
        const cell = cells.getCell(col(column));
        if (minor === null) expect(cell.value).toBeNull();
        else {
          expect(cell.value).toBe(minor / 100);
          expect(cell.numFmt).toBe(`#,##0.00 "${row.currency}"`);
        }
      }
      const start = cells.getCell(col('plannedStart')).value;
      if (row.plannedStart === null) expect(start).toBeNull();
      else expect(start).toEqual(new Date(`${row.plannedStart}T00:00:00Z`));
      expect(cells.getCell(col('updatedAt')).value).toBeInstanceOf(Date);
      expect(cells.getCell(col('partners')).value ?? '').toBe(row.partners.join('; '));
    });
  });

  it('writes a CSV with the BOM, ; and CRLF, in the person’s columns, every page’s rows', async () => {
    const viewer = await ApiClient.signedIn(app, demo.viewer);
    await viewer.put('/api/projects/table/columns', { columns: ['title', 'stage', 'granted', 'plannedStart', 'partners'] }).expect(200);
    const expected = await tableRows(viewer, 'sort=title');
    expect(expected.length).toBeGreaterThan(PROJECT_TABLE_PAGE_MAX / 4);
    const response = await download(viewer, 'sort=title&format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/filename="projects-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes: Buffer = response.body;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = parseCsv(text);
    // The viewer reads English: the title lines and headers are hers.
    expect(lines[0]).toEqual(['Projects']);
    expect(lines[1]).toEqual(['Filter: none (every project you can see)']);
    expect(lines[4]).toEqual(['']);
    expect(lines[5]).toEqual(['Title', 'Stage', 'Grant awarded', 'Planned start', 'Partners']);
    const data = lines.slice(6);
    expect(data).toHaveLength(expected.length);
    data.forEach((fields, i) => {
      const row = expected[i];
      expect(fields).toHaveLength(5);
      expect(fields[0].replace(/^'/, '')).toBe(row.title);
      expect(fields[2]).toBe(row.grantedMinor === null ? '' : `${Math.floor(row.grantedMinor / 100)},${String(row.grantedMinor % 100).padStart(2, '0')}`);
      expect(fields[3]).toBe(row.plannedStart ?? '');
      expect(fields[4]).toBe(row.partners.join('; '));
    });
    expect(data.map((f) => f[1])).toEqual(expected.map((r) => stageName(r.stage, 'en')));
  });

  it('puts an apostrophe before a title that starts with =, and keeps ; and quotes in one field', async () => {
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    const marker = unique();
    const title = `=HYPERLINK("http://example.com";"${marker}; klicka")`;
    await coordinator.post('/api/projects', { title, departmentId: departments[0].id }).expect(201);
    const response = await download(coordinator, `q=${marker}&format=csv&columns=title,stage`).expect(200);
    const lines = parseCsv((response.body as Buffer).toString('utf8').slice(1));
    expect(lines[1][0]).toBe(`Filter: Fritext: ”${marker}”`);
    expect(lines.slice(6)).toEqual([[`'${title}`, 'Idé']]);
    // In the XLSX the same title is a text cell, which Excel never runs: written as it is.
    const xlsx = await download(coordinator, `q=${marker}&format=xlsx&columns=title`).expect(200);
    expect((await workbookOf(xlsx.body)).getCell('A7').value).toBe(title);
  });

  it('gives each reader only what they may read', async () => {
    for (const email of [demo.departmentHead, demo.projectLead, demo.viewer]) {
      const client = await ApiClient.signedIn(app, email);
      const expected = await tableRows(client, 'sort=title');
      const response = await download(client, 'sort=title&format=csv&columns=title').expect(200);
      const titles = parseCsv((response.body as Buffer).toString('utf8').slice(1))
        .slice(6)
        .map((f) => f[0].replace(/^'/, ''));
      expect(titles).toEqual(expected.map((r) => r.title));
    }
    const head = await ApiClient.signedIn(app, demo.departmentHead);
    const all = await tableRows(coordinator, 'sort=title');
    expect((await tableRows(head, 'sort=title')).length).toBeLessThan(all.length);
  });

  it('answers 401 to someone signed out, with no file', async () => {
    const response = await request(app.getHttpServer()).get('/api/projects/table/export?format=xlsx').expect(401);
    expect(response.headers['content-disposition']).toBeUndefined();
  });
});
