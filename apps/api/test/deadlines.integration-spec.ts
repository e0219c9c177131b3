import type { INestApplication } from '@nestjs/common';
import type {
  ChecklistItem,
  CoFundingRequest,
  Deadline,
  DeadlinePage,
  Department,
  Project,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate } from './support/application';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { insertDeadlines } from './support/many-deadlines';

/** kind, title, due day, status: what the calendar and the reminders will work from. */
const summary = (deadlines: Deadline[]) => deadlines.map((d) => [d.kind, d.title, d.dueOn, d.status]);

describe('deadlines kept in step with what they come from', () => {
  let app: INestApplication;
  let coordinator: ApiClient;
  let head: ApiClient;
  let education: Department;

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    head = await ApiClient.signedIn(app, demo.departmentHead);
    const departments: Department[] = (await coordinator.get('/api/departments')).body;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
  });

  afterAll(() => app.close());

  const deadlinesOf = async (project: Project): Promise<Deadline[]> =>
    (await coordinator.get(`/api/projects/${project.id}/deadlines`).expect(200)).body;

  it('gives an application its call deadline, its checklist items’ and its co-funding decision’s', async () => {
    const { call, programme } = await programmeWithTemplate(coordinator, [
      { title: 'Partnerdeklarationer', due: { kind: 'before_deadline', days: 14 } },
      { title: 'Stödbrev', required: false },
    ]);
    const project = await applicationTo(coordinator, education, programme, call);
    const request: CoFundingRequest = (
      await coordinator
        .post(`/api/projects/${project.id}/co-funding-requests`, {
          departmentId: education.id,
          currency: 'SEK',
          years: [{ year: 2027, cashMinor: 1_000_000, inKindMinor: 0 }],
          justification: '',
        })
        .expect(201)
    ).body;
    const deadlines = await deadlinesOf(project);
    expect(summary(deadlines)).toEqual([
      ['checklist_item', 'Partnerdeklarationer', '2027-02-19', 'open'],
      // The decision with its extract must be there 5 working days before the call closes.
      ['co_funding', 'Utbildningsförvaltningen', '2027-02-26', 'open'],
      ['call', 'Utlysning 2027', '2027-03-05', 'open'],
    ]);
    // The call keeps its exact closing instant: 12:00 in Brussels.
    expect(deadlines.find((d) => d.kind === 'call')?.dueAt).toBe('2027-03-05T11:00:00.000Z');

    // Moving the call moves every deadline that follows it.
    await coordinator
      .patch(`/api/calls/${call.id}`, {
        title: call.title,
        opensOn: null,
        deadlineLocal: '2027-04-01T12:00',
        deadlineTimeZone: 'Europe/Brussels',
        maxGrantMinor: null,
        maxGrantCurrency: null,
        coFinancingRatePercent: null,
        link: null,
        version: call.version,
      })
      .expect(200);
    expect(summary(await deadlinesOf(project))).toEqual([
      ['checklist_item', 'Partnerdeklarationer', '2027-03-18', 'open'],
      // Five working days before Thursday 1 April 2027, counted past Easter (26 and 29 March off).
      ['co_funding', 'Utbildningsförvaltningen', '2027-03-23', 'open'],
      ['call', 'Utlysning 2027', '2027-04-01', 'open'],
    ]);

    // A ticked item and a decided request are done; their reminders stop.
    const [item]: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    await coordinator
      .patch(`/api/checklist-items/${item.id}`, { done: true, version: item.version })
      .expect(200);
    await head
      .post(`/api/co-funding-requests/${request.id}/decision`, {
        decision: 'approved',
        comment: '',
        version: request.version,
      })
      .expect(201);
    expect(summary(await deadlinesOf(project))).toEqual([
      ['checklist_item', 'Partnerdeklarationer', '2027-03-18', 'done'],
      ['co_funding', 'Utbildningsförvaltningen', '2027-03-23', 'done'],
      ['call', 'Utlysning 2027', '2027-04-01', 'open'],
    ]);

    // Submitted: the call deadline was met.
    const current: Project = (await coordinator.get(`/api/projects/${project.id}`)).body;
    await coordinator
      .post(`/api/projects/${project.id}/moves`, { to: 'decision', version: current.version })
      .expect(201);
    expect((await deadlinesOf(project)).find((d) => d.kind === 'call')?.status).toBe('done');
  });

  it('cancels the deadlines of what is removed or withdrawn', async () => {
    const { call, programme } = await programmeWithTemplate(coordinator, [
      { title: 'Mandat', due: { kind: 'fixed', on: '2027-01-20' } },
    ]);
    const project = await applicationTo(coordinator, education, programme, call);
    const [item]: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    const request: CoFundingRequest = (
      await coordinator
        .post(`/api/projects/${project.id}/co-funding-requests`, {
          departmentId: education.id,
          currency: 'SEK',
          years: [{ year: 2027, cashMinor: 0, inKindMinor: 500_000 }],
          justification: '',
        })
        .expect(201)
    ).body;
    await coordinator.delete(`/api/checklist-items/${item.id}`).expect(204);
    await coordinator
      .post(`/api/co-funding-requests/${request.id}/withdraw`, { version: request.version })
      .expect(201);
    expect(summary(await deadlinesOf(project))).toEqual([
      ['checklist_item', 'Mandat', '2027-01-20', 'cancelled'],
      ['co_funding', 'Utbildningsförvaltningen', '2027-02-26', 'cancelled'],
      ['call', 'Utlysning 2027', '2027-03-05', 'open'],
    ]);
  });

  it('gives a running project its report dates and its end, and moves them with the project', async () => {
    const board = (await coordinator.get('/api/board?q=Etableringssamverkan%203')).body;
    const card = board.columns.flatMap((c: { cards: Array<{ id: string }> }) => c.cards)[0];
    const project: Project = (await coordinator.get(`/api/projects/${card.id}`)).body;
    expect(summary(await deadlinesOf(project))).toEqual([
      ['project_end', 'Etableringssamverkan 3', '2027-12-31', 'open'],
    ]);
    const saved: Project = (
      await coordinator
        .patch(`/api/projects/${project.id}`, {
          version: project.version,
          interimReportOn: '2026-12-15',
          finalReportOn: '2028-02-28',
        })
        .expect(200)
    ).body;
    expect(saved).toMatchObject({ interimReportOn: '2026-12-15', finalReportOn: '2028-02-28' });
    expect(summary(await deadlinesOf(project))).toEqual([
      ['interim_report', 'Etableringssamverkan 3', '2026-12-15', 'open'],
      ['project_end', 'Etableringssamverkan 3', '2027-12-31', 'open'],
      ['final_report', 'Etableringssamverkan 3', '2028-02-28', 'open'],
    ]);

    // A save refused for a stale version changes no deadline.
    await coordinator
      .patch(`/api/projects/${project.id}`, { version: project.version, interimReportOn: '2027-01-31' })
      .expect(409);
    await coordinator
      .patch(`/api/projects/${project.id}`, { version: saved.version, interimReportOn: 'snart' })
      .expect(422);
    expect((await deadlinesOf(project))[0].dueOn).toBe('2026-12-15');
  });

  describe('more deadlines than any one answer holds', () => {
    // Past the 5,000 the list used to stop at, and not a whole number of pages.
    const COUNT = 6_003;
    let project: Project;
    let inserted: string[];
    let title: string;

    beforeAll(async () => {
      title = `Mångårigt projekt ${Date.now().toString(36)}`;
      project = (await coordinator.post('/api/projects', { title, departmentId: education.id }).expect(201))
        .body;
      // Every 1,000th is done, so the open list and the full list differ.
      inserted = await insertDeadlines(app, project.id, COUNT, { doneEvery: 1_000 });
    });

    /** Follows nextCursor from the first page to the last, as the calendar does. */
    async function everyPage(query: string): Promise<DeadlinePage[]> {
      const pages: DeadlinePage[] = [];
      let cursor: string | null = null;
      do {
        const address = `/api/deadlines?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: DeadlinePage = (await coordinator.get(address).expect(200)).body;
        pages.push(page);
        cursor = page.nextCursor;
      } while (cursor && pages.length < 100);
      return pages;
    }

    it('reaches every deadline of a period through the pages, each once, by due day', async () => {
      const q = `q=${encodeURIComponent(title)}&status=all`;
      const pages = await everyPage(`${q}&limit=2000`);
      expect(pages.map((page) => page.items.length)).toEqual([2000, 2000, 2000, 3]);
      expect(pages.at(-1)?.nextCursor).toBeNull();
      const ids = pages.flatMap((page) => page.items.map((d) => d.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...inserted].sort());
      // By due day across the page breaks, seven a day: the cursor keeps the order within a day.
      const days = pages.flatMap((page) => page.items.map((d) => d.dueOn));
      expect(days).toEqual([...days].sort());

      // Open ones only by default, and 500 to a page unless asked.
      const open = await everyPage(`q=${encodeURIComponent(title)}`);
      expect(open[0].items).toHaveLength(500);
      expect(open.flatMap((page) => page.items)).toHaveLength(COUNT - 6);
      expect(open.flatMap((page) => page.items).every((d) => d.status === 'open')).toBe(true);
    });

    it('keeps the filters on every page', async () => {
      // 2031-01-01 to 2031-01-10: days 0 to 9 hold the deadlines n = 1 to 69.
      const pages = await everyPage(`q=${encodeURIComponent(title)}&from=2031-01-01&to=2031-01-10&limit=20`);
      expect(pages).toHaveLength(4);
      const items = pages.flatMap((page) => page.items);
      expect(items.map((d) => d.title).sort()).toEqual(
        Array.from({ length: 69 }, (_, i) => `Deadline ${i + 1}`).sort(),
      );
      const other = await everyPage(`q=${encodeURIComponent(title)}&departmentId=${project.id}`);
      expect(other).toEqual([{ items: [], nextCursor: null }]);
    });

    it('lists the whole project, with no cap', async () => {
      expect(await deadlinesOf(project)).toHaveLength(COUNT);
    });

    it('refuses a limit or cursor it cannot use, saying which', async () => {
      for (const limit of ['0', '2001', 'many', '1.5']) {
        const refused = await coordinator.get(`/api/deadlines?limit=${limit}`).expect(422);
        expect(refused.body).toMatchObject({ code: 'validation_failed' });
        expect(refused.body.errors.limit).toContain(
          limit === 'many' || limit === '1.5'
            ? 'limit must be a whole number'
            : 'limit must be from 1 to 2000',
        );
      }
      const made = Buffer.from(JSON.stringify(['2031-01-01', 'meeting', project.id])).toString('base64url');
      for (const cursor of ['not-a-cursor', made, 'x'.repeat(201)]) {
        const refused = await coordinator.get(`/api/deadlines?cursor=${cursor}`).expect(422);
        expect(refused.body).toMatchObject({ code: 'validation_failed' });
        expect(refused.body.errors.cursor).toEqual([expect.stringContaining('nextCursor')]);
      }
    });
  });
});
