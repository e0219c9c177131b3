import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Board, DeletedIdea, Department, Project, ProjectActivity, ProjectTablePage, StageMoveRecord } from '@gp/domain';
import { DeletedIdeaPurger } from '@gp/api/projects';
import { programmeWithTemplate, unique } from './support/application';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

describe('a project’s life beyond the board: closing, reopening, deleting an idea', () => {
  let app: INestApplication;
  let coordinator: ApiClient;
  let admin: ApiClient;
  let lead: ApiClient;
  let head: ApiClient;
  let viewer: ApiClient;
  let otherLead: ApiClient;
  let education: Department;
  let programmeId: string;
  let callId: string;

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    admin = await ApiClient.signedIn(app, demo.admin);
    lead = await ApiClient.signedIn(app, demo.projectLead);
    head = await ApiClient.signedIn(app, demo.departmentHead);
    viewer = await ApiClient.signedIn(app, demo.viewer);
    otherLead = await ApiClient.signedIn(app, 'prosjektleder@demo.kommun.se');
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
    const { programme, call } = await programmeWithTemplate(coordinator, []);
    programmeId = programme.id;
    callId = call.id;
  });

  afterAll(() => app.close());

  const newIdea = async (client = coordinator): Promise<Project> =>
    (await client.post('/api/projects', { title: `Livscykel ${unique()}`, departmentId: education.id }).expect(201))
      .body;

  const move = async (project: Project, body: Record<string, unknown>, status = 201) =>
    (await coordinator.post(`/api/projects/${project.id}/moves`, { version: project.version, ...body }).expect(status))
      .body;

  /** An idea taken to decision with a grant recorded, ready to run. */
  const decided = async (): Promise<Project> => {
    const idea = await newIdea();
    const chosen: Project = (
      await coordinator.patch(`/api/projects/${idea.id}`, { version: idea.version, programmeId, callId }).expect(200)
    ).body;
    const applying: Project = await move(chosen, { to: 'application' });
    return move(applying, { to: 'decision' });
  };

  const running = async (): Promise<Project> =>
    move(await decided(), { to: 'running', outcome: 'granted', grantedMinor: 1_000_000 });

  const history = async (project: Project): Promise<StageMoveRecord[]> =>
    (await coordinator.get(`/api/projects/${project.id}/history`).expect(200)).body;

  describe('moving to running and closing', () => {
    it('saves the period and report dates given with the move to running', async () => {
      const project = await decided();
      const started: Project = await move(project, {
        to: 'running',
        outcome: 'granted',
        grantedMinor: 2_500_000,
        plannedStart: '2027-09-01',
        plannedEnd: '2029-08-31',
        interimReportOn: '2028-09-30',
        finalReportOn: '2029-10-31',
        comment: 'Avtalet är undertecknat',
      });
      expect(started).toMatchObject({
        stage: 'running',
        plannedStart: '2027-09-01',
        plannedEnd: '2029-08-31',
        interimReportOn: '2028-09-30',
        finalReportOn: '2029-10-31',
      });
      expect((await history(started)).at(-1)).toMatchObject({ to: 'running', comment: 'Avtalet är undertecknat' });
    });

    it('refuses a period ending before it starts, and dates or results sent for another stage, changing nothing', async () => {
      const project = await decided();
      const reversed = await move(
        project,
        { to: 'running', outcome: 'granted', grantedMinor: 100, plannedStart: '2028-01-01', plannedEnd: '2027-01-01' },
        422,
      );
      expect(reversed.reasons.map((r: { code: string }) => r.code)).toEqual(['period_reversed']);
      const misplaced = await move(project, { to: 'closed', outcome: 'withdrawn', plannedStart: '2028-01-01' }, 422);
      expect(misplaced.code).toBe('field_not_for_stage');
      expect(misplaced.errors.plannedStart).toBeDefined();
      const badDate = await move(project, { to: 'running', outcome: 'granted', grantedMinor: 100, plannedEnd: '2028-02-30' }, 422);
      expect(badDate.errors.plannedEnd).toBeDefined();
      const unchanged: Project = (await coordinator.get(`/api/projects/${project.id}`).expect(200)).body;
      expect(unchanged).toMatchObject({ stage: 'decision', version: project.version, plannedStart: null });
    });

    it('refuses a final report before the interim report or the start, and a granted amount in öre, moving nothing', async () => {
      const project = await decided();
      const dated: Project = (
        await coordinator
          .patch(`/api/projects/${project.id}`, { version: project.version, interimReportOn: '2028-09-30' })
          .expect(200)
      ).body;
      const grant = { to: 'running', outcome: 'granted', grantedMinor: 1_000_000 };
      // The interim report saved before counts against the final report the move brings.
      const beforeInterim = await move(dated, { ...grant, finalReportOn: '2028-01-31' }, 422);
      expect(beforeInterim).toMatchObject({
        code: 'final_report_before_interim',
        errors: { finalReportOn: [expect.any(String)] },
      });
      const beforeStart = await move(
        dated,
        { ...grant, plannedStart: '2029-01-01', interimReportOn: '2028-06-30', finalReportOn: '2028-12-31' },
        422,
      );
      expect(beforeStart).toMatchObject({
        code: 'final_report_before_start',
        errors: { finalReportOn: [expect.any(String)] },
      });
      const cents = await move(dated, { ...grant, grantedMinor: 1_000_050 }, 422);
      expect(cents).toMatchObject({
        code: 'not_whole_amount',
        errors: { grantedMinor: [expect.any(String)] },
      });
      const unchanged: Project = (await coordinator.get(`/api/projects/${project.id}`).expect(200)).body;
      expect(unchanged).toEqual(dated);
    });

    it('closes a running project as ended early with its results and comment; only a running one', async () => {
      const project = await running();
      const closed: Project = await move(project, {
        to: 'closed',
        outcome: 'ended_early',
        results: 'Två av tre mobiliteter genomfördes.',
        comment: 'Partnern i Modena lämnade projektet',
      });
      expect(closed).toMatchObject({ stage: 'closed', outcome: 'ended_early', results: 'Två av tre mobiliteter genomfördes.' });
      expect((await history(closed)).at(-1)).toMatchObject({
        from: 'running',
        to: 'closed',
        outcome: 'ended_early',
        comment: 'Partnern i Modena lämnade projektet',
      });
      const fromDecision = await move(await decided(), { to: 'closed', outcome: 'ended_early' }, 422);
      expect(fromDecision.reasons.map((r: { code: string }) => r.code)).toEqual(['outcome_not_allowed']);
      await move(project, { to: 'closed', outcome: 'nonsense' }, 422);
    });
  });

  describe('reopening', () => {
    it('lets a coordinator reopen a project to the stage it was closed from, writing a history row', async () => {
      const project = await running();
      const closed: Project = await move(project, { to: 'closed', outcome: 'ended_early' });
      const reopened: Project = (
        await coordinator
          .post(`/api/projects/${project.id}/reopen`, { version: closed.version, comment: 'Stängdes av misstag' })
          .expect(201)
      ).body;
      expect(reopened).toMatchObject({ stage: 'running', outcome: 'granted', version: closed.version + 1 });
      expect((await history(reopened)).at(-1)).toMatchObject({
        from: 'closed',
        to: 'running',
        comment: 'Stängdes av misstag',
        movedBy: { name: expect.any(String) },
      });
    });

    it('reopens a rejection to decision, keeping the funder’s no', async () => {
      const project = await decided();
      const rejected: Project = await move(project, { to: 'closed', outcome: 'rejected' });
      const reopened: Project = (
        await admin.post(`/api/projects/${project.id}/reopen`, { version: rejected.version }).expect(201)
      ).body;
      expect(reopened).toMatchObject({ stage: 'decision', outcome: 'rejected' });
    });

    it('lets no project lead, head or viewer reopen, and refuses a stale version, an open project and a copied one', async () => {
      const project = await running();
      const closed: Project = await move(project, { to: 'closed', outcome: 'completed' });
      for (const client of [lead, head, viewer])
        await client.post(`/api/projects/${project.id}/reopen`, { version: closed.version }).expect(403);
      const stale = await coordinator.post(`/api/projects/${project.id}/reopen`, { version: project.version }).expect(409);
      expect(stale.body.code).toBe('stale_version');
      expect(stale.body.current.stage).toBe('closed');
      await coordinator.post(`/api/projects/${project.id}/reopen`, { version: 'x' }).expect(422);
      const open = await running();
      expect((await coordinator.post(`/api/projects/${open.id}/reopen`, { version: open.version }).expect(409)).body.code).toBe(
        'not_closed',
      );
      const rejected: Project = await move(await decided(), { to: 'closed', outcome: 'rejected' });
      await coordinator.post(`/api/projects/${rejected.id}/copy-to-next-call`).expect(201);
      const copied = await coordinator.post(`/api/projects/${rejected.id}/reopen`, { version: rejected.version }).expect(409);
      expect(copied.body.code).toBe('already_copied');
      expect(((await coordinator.get(`/api/projects/${project.id}`).expect(200)).body as Project).stage).toBe('closed');
    });

    it('still refuses a closed card dragged on the board', async () => {
      const closed: Project = await move(await running(), { to: 'closed' });
      const dragged = await move(closed, { to: 'running' }, 422);
      expect(dragged.reasons[0].code).toBe('closed_is_final');
    });
  });

  describe('deleting and restoring an idea', () => {
    const boardTitles = async (client: ApiClient, q: string): Promise<string[]> => {
      const board: Board = (await client.get(`/api/board?q=${encodeURIComponent(q)}`).expect(200)).body;
      return board.columns.flatMap((column) => column.cards.map((card) => card.title));
    };

    it('lets its creator delete an idea; then nobody sees it, and an admin restores it', async () => {
      const idea = await newIdea(lead);
      await viewer.delete(`/api/projects/${idea.id}`).expect(403);
      await head.delete(`/api/projects/${idea.id}`).expect(403);
      await otherLead.delete(`/api/projects/${idea.id}`).expect(404);
      expect(await boardTitles(coordinator, idea.title)).toEqual([idea.title]);

      await lead.delete(`/api/projects/${idea.id}`).expect(204);
      for (const client of [lead, coordinator, admin, viewer])
        await client.get(`/api/projects/${idea.id}`).expect(404);
      expect(await boardTitles(coordinator, idea.title)).toEqual([]);
      const table: ProjectTablePage = (
        await coordinator.get(`/api/projects/table?q=${encodeURIComponent(idea.title)}`).expect(200)
      ).body;
      expect(table.total).toBe(0);
      await coordinator.post(`/api/projects/${idea.id}/moves`, { to: 'application', version: idea.version }).expect(404);
      await lead.delete(`/api/projects/${idea.id}`).expect(404);

      await coordinator.get('/api/deleted-ideas').expect(403);
      const deleted: DeletedIdea[] = (await admin.get('/api/deleted-ideas').expect(200)).body;
      expect(deleted.find((d) => d.id === idea.id)).toMatchObject({
        title: idea.title,
        departmentName: education.name,
        deletedBy: { name: expect.any(String) },
      });

      await coordinator.post(`/api/deleted-ideas/${idea.id}/restore`).expect(403);
      const restored: Project = (await admin.post(`/api/deleted-ideas/${idea.id}/restore`).expect(201)).body;
      expect(restored).toMatchObject({ id: idea.id, stage: 'idea' });
      expect(await boardTitles(coordinator, idea.title)).toEqual([idea.title]);
      await admin.post(`/api/deleted-ideas/${idea.id}/restore`).expect(404);
      const activity: ProjectActivity[] = (await coordinator.get(`/api/projects/${idea.id}/activity`).expect(200)).body;
      expect(activity.map((a) => a.kind)).toEqual(['idea_restored', 'idea_deleted']);
    });

    it('lets a coordinator delete anyone’s idea, cancelling its deadlines, but no project that has left the idea stage (409)', async () => {
      const dataSource = app.get(DataSource);
      const idea = await newIdea(lead);
      // A reminder-bearing row the idea has (as a co-funding request would give it): the delete stops it.
      await dataSource.query(
        `INSERT INTO deadline (project_id, kind, source_key, title, due_on, status) VALUES ($1, 'co_funding', '', 'Beslut', '2031-01-01', 'open')`,
        [idea.id],
      );
      await coordinator.delete(`/api/projects/${idea.id}`).expect(204);
      const deadlines: Array<{ status: string }> = await dataSource.query(
        'SELECT status FROM deadline WHERE project_id = $1',
        [idea.id],
      );
      expect(deadlines.map((d) => d.status)).toEqual(['cancelled']);
      const applying: Project = await move(
        (await coordinator.patch(`/api/projects/${(await newIdea()).id}`, { version: 1, programmeId }).expect(200)).body,
        { to: 'application' },
      );
      const refused = await coordinator.delete(`/api/projects/${applying.id}`).expect(409);
      expect(refused.body.code).toBe('not_an_idea');
      await coordinator.get(`/api/projects/${applying.id}`).expect(200);
      // A lead who did not register the idea deletes nothing, even in their department.
      const coordinatorsIdea = await newIdea();
      await lead.delete(`/api/projects/${coordinatorsIdea.id}`).expect(403);
      await coordinator.delete('/api/projects/not-an-id').expect(400);
    });

    it('keeps a deleted idea restorable for 30 days, then purges it', async () => {
      const dataSource = app.get(DataSource);
      const old = await newIdea();
      const recent = await newIdea();
      await coordinator.delete(`/api/projects/${old.id}`).expect(204);
      await coordinator.delete(`/api/projects/${recent.id}`).expect(204);
      await dataSource.query(`UPDATE project SET deleted_at = now() - interval '31 days' WHERE id = $1`, [old.id]);
      await dataSource.query(`UPDATE project SET deleted_at = now() - interval '29 days' WHERE id = $1`, [recent.id]);

      const listed: DeletedIdea[] = (await admin.get('/api/deleted-ideas').expect(200)).body;
      expect(listed.map((d) => d.id)).toContain(recent.id);
      expect(listed.map((d) => d.id)).not.toContain(old.id);
      expect((await admin.post(`/api/deleted-ideas/${old.id}/restore`).expect(409)).body.code).toBe('restore_expired');

      expect(await new DeletedIdeaPurger(dataSource).purge()).toBeGreaterThanOrEqual(1);
      const left: Array<{ id: string }> = await dataSource.query('SELECT id FROM project WHERE id = ANY($1::uuid[])', [
        [old.id, recent.id],
      ]);
      expect(left.map((row) => row.id)).toEqual([recent.id]);
      await admin.post(`/api/deleted-ideas/${recent.id}/restore`).expect(201);
    });
  });
});
