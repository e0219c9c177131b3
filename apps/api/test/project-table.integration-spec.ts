import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import {
  DEFAULT_PROJECT_TABLE_COLUMNS,
  PROJECT_TABLE_PAGE_MAX,
  type Board,
  type Department,
  type Programme,
  type ProjectTablePage,
  type ProjectTableRow,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

const boardTotal = (board: Board) => board.columns.reduce((n, c) => n + c.count, 0);
const boardTitles = (board: Board) => board.columns.flatMap((c) => c.cards.map((card) => card.title));

/** Every row of the table for a query, page after page of `limit`. */
async function everyRow(client: ApiClient, query: string, limit: number): Promise<{ rows: ProjectTableRow[]; totals: number[] }> {
  const rows: ProjectTableRow[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page: ProjectTablePage = (
      await client.get(`/api/projects/table?${query}&offset=${offset}&limit=${limit}`).expect(200)
    ).body;
    expect(page.offset).toBe(offset);
    expect(page.limit).toBe(limit);
    totals.push(page.total);
    rows.push(...page.rows);
    if (page.rows.length < limit) return { rows, totals };
  }
}

describe('the table of projects', () => {
  let app: INestApplication;
  let coordinator: ApiClient;
  let esf: Programme;
  let social: Department;
  let education: Department;

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    const programmes: Programme[] = (await coordinator.get('/api/programmes')).body;
    esf = programmes.find((p) => p.name === 'ESF+ Socialfonden') as Programme;
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    social = departments.find((d) => d.name === 'Socialförvaltningen') as Department;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
  });

  afterAll(() => app.close());

  it('answers at /api/projects/table, not as a project whose id is "table"', async () => {
    const page: ProjectTablePage = (await coordinator.get('/api/projects/table').expect(200)).body;
    expect(page.total).toBeGreaterThan(20);
    expect(page.rows.length).toBe(25);
    expect(page.rows[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), stage: expect.any(String) });
    await coordinator.get('/api/projects/table/columns').expect(200);
    // The projects' own routes still answer for an id, and refuse a word that is not one.
    await coordinator.get(`/api/projects/${page.rows[0].id}`).expect(200);
    await coordinator.get('/api/projects/tabell').expect(400);
  });

  it('gives a row every column the contract names, in the row’s currency', async () => {
    const { rows } = await everyRow(coordinator, 'q=L%C3%A4rare%20l%C3%A4r', 25);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      stage: 'running',
      outcome: 'granted',
      programmeName: 'Erasmus+',
      departmentName: 'Utbildningsförvaltningen',
      projectLeadName: 'Jonas Ek',
      currency: 'EUR',
      grantedMinor: 9_240_000,
      plannedStart: '2025-09-01',
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(Array.isArray(rows[0].partners)).toBe(true);
    expect(Array.isArray(rows[0].sdgs)).toBe(true);
  });

  it.each([
    ['no filter', ''],
    ['a programme', 'programmeId=ESF'],
    ['a department', 'departmentId=SOCIAL'],
    ['a year', 'year=2018'],
    ['free text', 'q=banvall'],
    ['a partner', 'q=Modena'],
    ['a programme and a year', 'programmeId=ESF&year=2019'],
  ])('counts what the board counts for %s', async (_what, template) => {
    const query = template.replace('ESF', esf.id).replace('SOCIAL', social.id);
    const board: Board = (await coordinator.get(`/api/board?${query}`).expect(200)).body;
    const table: ProjectTablePage = (await coordinator.get(`/api/projects/table?${query}`).expect(200)).body;
    expect(table.total).toBe(boardTotal(board));
    for (const column of board.columns) {
      const stage: ProjectTablePage = (
        await coordinator.get(`/api/projects/table?${query}&stage=${column.stage}`).expect(200)
      ).body;
      expect(stage.total).toBe(column.count);
    }
  });

  it('filters by stage and outcome, repeated or joined by commas', async () => {
    const both: ProjectTablePage = (
      await coordinator.get(`/api/projects/table?stage=running&stage=closed&limit=${PROJECT_TABLE_PAGE_MAX}`).expect(200)
    ).body;
    expect(new Set(both.rows.map((r) => r.stage))).toEqual(new Set(['running', 'closed']));
    const joined: ProjectTablePage = (await coordinator.get('/api/projects/table?stage=running,closed').expect(200)).body;
    expect(joined.total).toBe(both.total);
    const rejected: ProjectTablePage = (await coordinator.get('/api/projects/table?outcome=rejected').expect(200)).body;
    expect(rejected.total).toBeGreaterThan(0);
    expect(rejected.rows.every((r) => r.outcome === 'rejected')).toBe(true);
  });

  it('finds a partner’s organisation on the table and on the board', async () => {
    const table: ProjectTablePage = (await coordinator.get('/api/projects/table?q=modena').expect(200)).body;
    expect(table.rows.map((r) => r.title).sort()).toEqual(
      ['Hållbart resande för Europas medborgare 2.0', 'Samarbetspartnerskap om inkluderande fritidshem'].sort(),
    );
    expect(table.rows.every((r) => r.partners.some((p) => /Modena/.test(p)))).toBe(true);
    const board: Board = (await coordinator.get('/api/board?q=modena').expect(200)).body;
    expect(boardTitles(board).sort()).toEqual(table.rows.map((r) => r.title).sort());
  });

  it('finds a programme’s name and a call’s title too', async () => {
    const erasmus: ProjectTablePage = (
      await coordinator.get(`/api/projects/table?q=erasmus&limit=${PROJECT_TABLE_PAGE_MAX}`).expect(200)
    ).body;
    expect(erasmus.rows.some((r) => r.programmeName === 'Erasmus+' && !/erasmus/i.test(r.title))).toBe(true);
    const withCall = erasmus.rows.find((r) => r.callTitle !== null) ?? (
      (await coordinator.get(`/api/projects/table?limit=${PROJECT_TABLE_PAGE_MAX}`).expect(200)).body as ProjectTablePage
    ).rows.find((r) => r.callTitle !== null);
    if (!withCall?.callTitle) throw new Error('The demo data has a project with a call');
    const byCall: ProjectTablePage = (
      await coordinator.get(`/api/projects/table?q=${encodeURIComponent(withCall.callTitle)}&limit=${PROJECT_TABLE_PAGE_MAX}`).expect(200)
    ).body;
    expect(byCall.rows.map((r) => r.id)).toContain(withCall.id);
  });

  it.each([
    ['title', 'asc'],
    ['title', 'desc'],
    ['granted', 'desc'],
    ['plannedStart', 'asc'],
    ['stage', 'asc'],
    ['programme', 'desc'],
    ['callDeadline', 'asc'],
    ['updatedAt', 'desc'],
  ])('pages through every row once, in order, sorted by %s %s', async (sort, direction) => {
    const query = `sort=${sort}&direction=${direction}`;
    const whole: ProjectTablePage = (
      await coordinator.get(`/api/projects/table?${query}&limit=${PROJECT_TABLE_PAGE_MAX}`).expect(200)
    ).body;
    expect(whole.total).toBeLessThanOrEqual(PROJECT_TABLE_PAGE_MAX);
    const { rows, totals } = await everyRow(coordinator, query, 7);
    expect(new Set(totals)).toEqual(new Set([whole.total]));
    expect(rows.map((r) => r.id)).toEqual(whole.rows.map((r) => r.id));
    expect(new Set(rows.map((r) => r.id)).size).toBe(whole.total);
    if (sort === 'granted') {
      const amounts = rows.map((r) => r.grantedMinor);
      const known = amounts.filter((a): a is number => a !== null);
      // Largest first, and the projects with no amount after every one with one.
      expect(known).toEqual([...known].sort((a, b) => b - a));
      expect(amounts.slice(0, known.length)).toEqual(known);
    }
    if (sort === 'stage') {
      const order = ['idea', 'application', 'decision', 'running', 'closed'];
      const indexes = rows.map((r) => order.indexOf(r.stage));
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    }
    if (sort === 'plannedStart') {
      const days = rows.map((r) => r.plannedStart).filter((d): d is string => d !== null);
      expect(days).toEqual([...days].sort());
    }
  });

  describe('who reads what', () => {
    it('shows a viewer the whole portfolio, as the board does', async () => {
      const viewer = await ApiClient.signedIn(app, demo.viewer);
      const table: ProjectTablePage = (await viewer.get('/api/projects/table').expect(200)).body;
      expect(table.total).toBe(boardTotal((await viewer.get('/api/board').expect(200)).body));
      expect(table.total).toBe(boardTotal((await coordinator.get('/api/board').expect(200)).body));
    });

    it('shows a department head her departments’ projects and those asking them for co-funding', async () => {
      const head = await ApiClient.signedIn(app, demo.departmentHead);
      const { rows } = await everyRow(head, '', PROJECT_TABLE_PAGE_MAX);
      const board: Board = (await head.get('/api/board').expect(200)).body;
      expect(rows.length).toBe(boardTotal(board));
      expect(rows.length).toBeGreaterThan(0);
      const all: ProjectTablePage = (await coordinator.get(`/api/projects/table?limit=${PROJECT_TABLE_PAGE_MAX}`)).body;
      expect(rows.length).toBeLessThan(all.total);
      // Another department's project is not hers to list, even asked for by name.
      const socials: ProjectTablePage = (
        await head.get(`/api/projects/table?departmentId=${social.id}`).expect(200)
      ).body;
      expect(socials.total).toBe(boardTotal((await head.get(`/api/board?departmentId=${social.id}`)).body));
      for (const row of socials.rows) expect(row.departmentName).toBe('Socialförvaltningen');
    });

    it('shows a project lead their department’s and their own projects only', async () => {
      const lead = await ApiClient.signedIn(app, demo.projectLead);
      const { rows } = await everyRow(lead, '', PROJECT_TABLE_PAGE_MAX);
      expect(rows.length).toBe(boardTotal((await lead.get('/api/board').expect(200)).body));
      for (const row of rows)
        expect(row.departmentName === education.name || row.projectLeadName === 'Jonas Ek').toBe(true);
    });

    it('answers 401 to someone signed out', async () => {
      for (const path of ['/api/projects/table', '/api/projects/table/columns', '/api/projects/table/export?format=csv'])
        await request(app.getHttpServer()).get(path).expect(401);
    });
  });

  describe('bad input', () => {
    it.each([
      ['sort=colour', 'sort'],
      ['sort=partners', 'sort'],
      ['direction=up', 'direction'],
      ['offset=-1', 'offset'],
      [`limit=${PROJECT_TABLE_PAGE_MAX + 1}`, 'limit'],
      ['stage=ide', 'stage'],
      ['outcome=won', 'outcome'],
      ['year=next', 'year'],
      ['programmeId=erasmus', 'programmeId'],
      ['q=a&q=b', 'q'],
      ['stage[key]=idea', 'stage[key]'],
      ['colour=red', 'colour'],
    ])('answers ?%s with 400 naming %s', async (query, name) => {
      const response = await coordinator.get(`/api/projects/table?${query}`).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'bad_request' });
      expect(Object.keys(response.body.errors)).toEqual([name]);
      expect(response.body.message).toContain(name);
    });

    it.each([
      ['format=pdf', 'format'],
      ['', 'format'],
      ['format=csv&columns=title,title', 'columns'],
      ['format=csv&columns=title,colour', 'columns'],
      ['format=csv&columns=stage', 'columns'],
      ['format=csv&sort=colour', 'sort'],
    ])('answers an export ?%s with 400 naming %s', async (query, name) => {
      const response = await coordinator.get(`/api/projects/table/export?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.headers['content-disposition']).toBeUndefined();
      expect(Object.keys(response.body.errors)).toEqual([name]);
    });
  });

  describe('the chosen columns', () => {
    it('are the default ones until chosen, then the person’s own, in their order', async () => {
      const lead = await ApiClient.signedIn(app, demo.projectLead);
      expect((await lead.get('/api/projects/table/columns').expect(200)).body).toEqual({
        columns: [...DEFAULT_PROJECT_TABLE_COLUMNS],
      });
      const chosen = ['granted', 'title', 'partners'];
      expect((await lead.put('/api/projects/table/columns', { columns: chosen }).expect(200)).body).toEqual({
        columns: chosen,
      });
      expect((await lead.get('/api/projects/table/columns').expect(200)).body).toEqual({ columns: chosen });
      // Another person's choice is their own.
      expect((await coordinator.get('/api/projects/table/columns').expect(200)).body).toEqual({
        columns: [...DEFAULT_PROJECT_TABLE_COLUMNS],
      });
    });

    it.each([
      [{ columns: [] }, 'columns', /at least one/],
      [{ columns: ['title', 'title'] }, 'columns', /twice/],
      [{ columns: ['title', 'colour'] }, 'columns', /colour/],
      [{ columns: ['stage', 'granted'] }, 'columns', /include title/],
      [{ columns: 'title' }, 'columns', /list/],
      [{ columns: ['title'], colour: 'red' }, 'colour', /colour/],
    ])('refuse %j with 400 and keep the choice as it was', async (body, name, message) => {
      const viewer = await ApiClient.signedIn(app, demo.viewer);
      await viewer.put('/api/projects/table/columns', { columns: ['title', 'stage'] }).expect(200);
      const response = await viewer.put('/api/projects/table/columns', body).expect(400);
      expect(response.body.errors[name][0]).toMatch(message);
      expect((await viewer.get('/api/projects/table/columns').expect(200)).body).toEqual({ columns: ['title', 'stage'] });
    });
  });
});
