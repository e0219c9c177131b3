import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  Board,
  BoardCard,
  BoardColumn,
  BoardColumnPage,
  Department,
  Programme,
  PublicProject,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

const allCards = (board: Board): BoardCard[] => board.columns.flatMap((c) => c.cards);

describe('the board and the public list', () => {
  let app: INestApplication;
  let coordinator: ApiClient;

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
  });

  afterAll(() => app.close());

  it('shows the demo portfolio in five columns, every stage with cards, counts and sums', async () => {
    const board: Board = (await coordinator.get('/api/board').expect(200)).body;
    expect(board.columns.map((c) => c.stage)).toEqual([
      'idea',
      'application',
      'decision',
      'running',
      'closed',
    ]);
    for (const column of board.columns) {
      expect(column.cards.length).toBeGreaterThan(0);
      expect(column.count).toBeGreaterThanOrEqual(column.cards.length);
    }
    const running = board.columns.find((c) => c.stage === 'running');
    expect(running?.sums.SEK).toBeGreaterThan(0);
    expect(running?.sums.EUR).toBeGreaterThan(0);
    const erasmus = allCards(board).find((c) => c.title.startsWith('Lärare lär av lärare'));
    expect(erasmus).toMatchObject({
      stage: 'running',
      programmeName: 'Erasmus+',
      departmentName: 'Utbildningsförvaltningen',
      projectLeadName: 'Jonas Ek',
      currency: 'EUR',
      grantedMinor: 9_240_000,
      plannedStart: '2025-09-01',
    });
    const applying = board.columns
      .find((c) => c.stage === 'application')
      ?.cards.find((c) => c.title === 'Samarbetspartnerskap om inkluderande fritidshem');
    expect(applying?.callDeadline).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('filters by programme, department, lead, year and free text', async () => {
    const programmes: Programme[] = (await coordinator.get('/api/programmes')).body;
    const esf = programmes.find((p) => p.name === 'ESF+ Socialfonden') as Programme;
    const byProgramme = allCards(
      (await coordinator.get(`/api/board?programmeId=${esf.id}`).expect(200)).body,
    );
    expect(byProgramme.length).toBeGreaterThan(2);
    expect(new Set(byProgramme.map((c) => c.programmeName))).toEqual(new Set(['ESF+ Socialfonden']));

    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    const social = departments.find((d) => d.name === 'Socialförvaltningen') as Department;
    const byDepartment = allCards(
      (await coordinator.get(`/api/board?departmentId=${social.id}`).expect(200)).body,
    );
    expect(new Set(byDepartment.map((c) => c.departmentName))).toEqual(new Set(['Socialförvaltningen']));

    const text = allCards((await coordinator.get('/api/board?q=banvall').expect(200)).body);
    expect(text.map((c) => c.title)).toEqual(['Förstudie Banvallsleden']);

    const year2018 = allCards((await coordinator.get('/api/board?year=2018').expect(200)).body).map(
      (c) => c.title,
    );
    expect(year2018).toEqual(
      expect.arrayContaining(['Fasetten – förebygga ungdomsarbetslöshet', 'Etableringssamverkan 1 och 2']),
    );
    expect(year2018).not.toContain('Etableringssamverkan 3');

    await coordinator.get('/api/board?year=next').expect(422);
    await coordinator.get('/api/board?programmeId=erasmus').expect(422);
  });

  it('shows a department head only their departments’ cards', async () => {
    const head = await ApiClient.signedIn(app, demo.departmentHead);
    const cards = allCards((await head.get('/api/board').expect(200)).body);
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.departmentName))).toEqual(new Set(['Utbildningsförvaltningen']));
  });

  it('reads the first pages in a fixed number of queries, however many cards', async () => {
    const dataSource = app.get(DataSource);
    const count = async () => {
      const queries: string[] = [];
      const original = dataSource.driver.createQueryRunner.bind(dataSource.driver);
      const spy = jest.spyOn(dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
        const runner = original(mode);
        const query = runner.query.bind(runner);
        runner.query = ((sql: string, ...rest: unknown[]) => {
          queries.push(sql);
          return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
        }) as typeof runner.query;
        return runner;
      });
      await coordinator.get('/api/board').expect(200);
      spy.mockRestore();
      return queries.filter((q) => /project/.test(q)).length;
    };
    const before = await count();
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    for (let i = 0; i < 15; i++)
      await coordinator
        .post('/api/projects', { title: `Fler kort ${i}`, departmentId: departments[0].id })
        .expect(201);
    expect(await count()).toBe(before);
    // The cards with their checklist and co-funding facts, and the counts and sums.
    expect(before).toBeLessThanOrEqual(2);
  });

  /** Every card of a column, page after page by cursor, with the board's filters. */
  const walk = async (column: BoardColumn, filters: string): Promise<BoardCard[]> => {
    const cards = [...column.cards];
    let next = column.next;
    while (next) {
      const page: BoardColumnPage = (
        await coordinator.get(`/api/board/page?stage=${column.stage}&cursor=${next}${filters}`).expect(200)
      ).body;
      expect(page.stage).toBe(column.stage);
      cards.push(...page.cards);
      next = page.next;
    }
    return cards;
  };

  it('pages every column: count and sums cover all matching cards, the pages all of them once', async () => {
    const board: Board = (await coordinator.get('/api/board?limit=2').expect(200)).body;
    for (const column of board.columns) {
      expect(column.cards.length).toBeLessThanOrEqual(2);
      const cards = await walk(column, '&limit=2');
      expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
      expect(cards).toHaveLength(column.count);
      if (column.count > 2) expect(column.next).not.toBeNull();
      // The column's order: most recently changed first.
      const times = cards.map((c) => Date.parse(c.updatedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const sums: Record<string, number> = {};
      for (const card of cards) {
        const late = card.stage === 'running' || card.stage === 'closed' || card.grantedMinor !== null;
        const amount = (late ? card.grantedMinor : card.requestedMinor) ?? 0;
        if (amount > 0) sums[card.currency] = (sums[card.currency] ?? 0) + amount;
      }
      expect(column.sums).toEqual(sums);
    }
    // The first page is the default page size when no limit is asked for.
    const full: Board = (await coordinator.get('/api/board').expect(200)).body;
    for (const column of full.columns) expect(column.cards.length).toBe(Math.min(column.count, 30));
  });

  it('continues after the cursor with no card twice and none skipped while cards move, filters applied', async () => {
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    const tag = `Sida ${Date.now().toString(36)}`;
    const ideas: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < 7; i++)
      ideas.push(
        (
          await coordinator
            .post('/api/projects', { title: `${tag} ${i}`, departmentId: departments[0].id })
            .expect(201)
        ).body,
      );
    const filters = `&q=${encodeURIComponent(tag)}&limit=3`;
    const first: Board = (await coordinator.get(`/api/board?${filters.slice(1)}`).expect(200)).body;
    const idea = first.columns.find((c) => c.stage === 'idea') as BoardColumn;
    expect(idea.count).toBe(7);
    expect(first.columns.filter((c) => c.stage !== 'idea').every((c) => c.count === 0)).toBe(true);
    expect(idea.cards.map((c) => c.title)).toEqual([`${tag} 6`, `${tag} 5`, `${tag} 4`]);

    // Someone closes a card already shown and one not yet shown; an offset would now skip a card.
    const withdraw = (project: { id: string; version: number }) =>
      coordinator
        .post(`/api/projects/${project.id}/moves`, {
          to: 'closed',
          outcome: 'withdrawn',
          version: project.version,
        })
        .expect(201);
    await withdraw(ideas[5]);
    await withdraw(ideas[1]);

    const rest = (await walk(idea, filters)).slice(3);
    expect(rest.map((c) => c.title)).toEqual([`${tag} 3`, `${tag} 2`, `${tag} 0`]);
    const after: Board = (await coordinator.get(`/api/board?${filters.slice(1)}`).expect(200)).body;
    expect(after.columns.find((c) => c.stage === 'idea')?.count).toBe(5);
    const closed = after.columns.find((c) => c.stage === 'closed') as BoardColumn;
    expect(closed.count).toBe(2);
    expect(closed.cards.map((c) => c.title)).toEqual([`${tag} 1`, `${tag} 5`]);
  });

  it('refuses a cursor, page size or stage it did not make, naming the field', async () => {
    const board: Board = (await coordinator.get('/api/board?limit=1').expect(200)).body;
    const next = board.columns.find((c) => c.next)?.next as string;
    for (const [query, field] of [
      [`stage=idea&cursor=bm90LWEtY3Vyc29y`, 'cursor'],
      [`stage=idea`, 'cursor'],
      [`stage=idea&cursor=${next}%2B`, 'cursor'],
      [`stage=done&cursor=${next}`, 'stage'],
      [`stage=idea&cursor=${next}&limit=0`, 'limit'],
      [`stage=idea&cursor=${next}&limit=101`, 'limit'],
      [`stage=idea&cursor=${next}&limit=ten`, 'limit'],
    ]) {
      const wrong = await coordinator.get(`/api/board/page?${query}`).expect(422);
      expect(JSON.stringify(wrong.body)).toContain(`${field} must be`);
    }
    const tooMany = await coordinator.get('/api/board?limit=500').expect(422);
    expect(JSON.stringify(tooMany.body)).toContain('limit must be');
  });

  it('publishes ongoing and finished public projects without sign-in, and nothing internal', async () => {
    const response = await request(app.getHttpServer()).get('/api/public/projects').expect(200);
    const list: PublicProject[] = response.body;
    const potent = list.find((p) => p.title === 'POTEnT') as PublicProject;
    expect(potent).toMatchObject({
      status: 'closed',
      fundingSource: 'Interreg Europe',
      euFunded: true,
      contactName: 'Oskar Berglund',
    });
    expect(potent.results).toMatch(/vätgas/);
    const ongoing = list.find((p) => p.title.startsWith('Leader Linné Småland 2023')) as PublicProject;
    expect(ongoing).toMatchObject({
      status: 'ongoing',
      results: null,
      plannedStart: '2023-01-01',
      plannedEnd: '2027-12-31',
    });
    expect(list.find((p) => p.title === 'Språk och kultur – Lust att lära')?.euFunded).toBe(false);
    // Ideas, applications, rejected and private projects never reach the public.
    const titles = list.map((p) => p.title);
    expect(titles).not.toContain('Solcellspark på deponin');
    expect(titles).not.toContain('Vänortsutbyte om lokal demokrati');
    expect(titles).not.toContain('Cirkulära kök i skolrestauranger');
    const json = JSON.stringify(list);
    for (const internal of [
      'budget',
      'Minor',
      'version',
      'purpose',
      'comment',
      'departmentId',
      'projectLeadId',
    ])
      expect(json).not.toContain(internal);
  });

  it('serves the public page without sign-in and without script, in Swedish and English', async () => {
    const server = app.getHttpServer();
    const sv = await request(server)
      .get('/public-projects')
      .expect(200)
      .expect('content-type', /text\/html/);
    expect(sv.text).toContain('<html lang="sv">');
    expect(sv.text).toContain('<h2 id="ongoing">Pågående projekt</h2>');
    expect(sv.text).toContain('POTEnT');
    expect(sv.text).toContain('Finansieringskälla:</span> Interreg Europe');
    expect(sv.text).toContain('Medfinansieras av Europeiska unionen');
    expect(sv.text).toContain('Aarhus Tech (Danmark)');
    expect(sv.text).not.toContain('<script');
    expect(sv.text).not.toContain('Solcellspark');
    const en = await request(server).get('/public-projects?lang=en').expect(200);
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('Co-funded by the European Union');
    expect(en.text).toContain('Aarhus Tech (Denmark)');
  });
});
