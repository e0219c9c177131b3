import type { INestApplication } from '@nestjs/common';
import {
  checklistProgress,
  zonedDay,
  type Board,
  type ChecklistItem,
  type CoFundingRequest,
  type Department,
  type Project,
} from '@gp/domain';
import { APP_CONFIG, type AppConfig } from '@gp/api/core';
import { ApiClient } from './support/api-client';
import { applicationTo, completeChecklist, programmeWithTemplate } from './support/application';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

/**
 * The rules issue #9 wrote once, in libs/domain, as the API applies them: withdrawing co-funding,
 * copying to the next call, and the board's checklist progress computed in SQL for speed.
 * Each test makes its own programme, call and project.
 */
describe('rules written once in libs/domain, as the API applies them', () => {
  let app: INestApplication;
  let config: AppConfig;
  let coordinator: ApiClient;
  let head: ApiClient;
  let viewer: ApiClient;
  let education: Department;

  beforeAll(async () => {
    ({ app } = await createApp());
    config = app.get<AppConfig>(APP_CONFIG);
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    head = await ApiClient.signedIn(app, demo.departmentHead);
    viewer = await ApiClient.signedIn(app, demo.viewer);
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
  });

  afterAll(async () => {
    await app.close();
  });

  async function application(
    lines: Array<{ title: string; required?: boolean; due?: unknown }> = [{ title: 'Budget' }],
  ) {
    const { programme, call } = await programmeWithTemplate(coordinator, lines);
    return applicationTo(coordinator, education, programme, call);
  }

  const ask = (project: Project) =>
    coordinator
      .post(`/api/projects/${project.id}/co-funding-requests`, {
        departmentId: education.id,
        currency: 'SEK',
        years: [{ year: 2027, cashMinor: 5_000_000, inKindMinor: 0 }],
        justification: 'Ligger i förvaltningens verksamhetsplan.',
      })
      .expect(201);

  const decide = (request: CoFundingRequest, decision: 'approved' | 'rejected') =>
    head
      .post(`/api/co-funding-requests/${request.id}/decision`, {
        decision,
        comment: decision === 'rejected' ? 'Inte i år.' : '',
        version: request.version,
      })
      .expect(201);

  describe('withdrawing co-funding', () => {
    it('refuses to withdraw a rejected request and changes nothing', async () => {
      const project = await application();
      const asked: CoFundingRequest = (await ask(project)).body;
      const rejected: CoFundingRequest = (await decide(asked, 'rejected')).body;

      const refused = await coordinator
        .post(`/api/co-funding-requests/${rejected.id}/withdraw`, { version: rejected.version })
        .expect(409);

      expect(refused.body.code).toBe('rejected_not_withdrawn');
      const after: CoFundingRequest = (
        await coordinator.get(`/api/co-funding-requests/${rejected.id}`).expect(200)
      ).body;
      expect(after).toMatchObject({ status: 'rejected', version: rejected.version });
    });

    it('withdraws a pending request', async () => {
      const project = await application();
      const pending: CoFundingRequest = (await ask(project)).body;

      const withdrawn: CoFundingRequest = (
        await coordinator
          .post(`/api/co-funding-requests/${pending.id}/withdraw`, { version: pending.version })
          .expect(201)
      ).body;

      expect(withdrawn.status).toBe('withdrawn');

      // A second withdrawal, even with the current version, is refused and logs nothing more.
      const again = await coordinator
        .post(`/api/co-funding-requests/${pending.id}/withdraw`, { version: withdrawn.version })
        .expect(409);
      expect(again.body.code).toBe('withdrawn');
      const after: CoFundingRequest = (
        await coordinator.get(`/api/co-funding-requests/${pending.id}`).expect(200)
      ).body;
      expect(after.version).toBe(withdrawn.version);
    });

    it('withdraws an approved request', async () => {
      const project = await application();
      const approved: CoFundingRequest = (await decide((await ask(project)).body, 'approved')).body;

      const withdrawn: CoFundingRequest = (
        await coordinator
          .post(`/api/co-funding-requests/${approved.id}/withdraw`, { version: approved.version })
          .expect(201)
      ).body;

      expect(withdrawn.status).toBe('withdrawn');
    });
  });

  describe('copy to the next call', () => {
    /** An application with a template item and a custom one, approved co-funding, submitted and rejected. */
    async function rejectedAttempt(): Promise<{ project: Project; items: ChecklistItem[] }> {
      const project = await application([{ title: 'Budget' }, { title: 'Partnerbrev', required: false }]);
      await coordinator
        .post(`/api/projects/${project.id}/checklist`, { title: 'Egen punkt: förankra i nämnden' })
        .expect(201);
      await completeChecklist(coordinator, project.id);
      await decide((await ask(project)).body, 'approved');
      const current: Project = (await coordinator.get(`/api/projects/${project.id}`).expect(200)).body;
      const submitted: Project = (
        await coordinator
          .post(`/api/projects/${project.id}/moves`, { to: 'decision', version: current.version })
          .expect(201)
      ).body;
      const rejected: Project = (
        await coordinator
          .post(`/api/projects/${project.id}/moves`, {
            to: 'closed',
            outcome: 'rejected',
            version: submitted.version,
          })
          .expect(201)
      ).body;
      const items: ChecklistItem[] = (
        await coordinator.get(`/api/projects/${project.id}/checklist`).expect(200)
      ).body;
      return { project: rejected, items };
    }

    it('refuses to copy a live project', async () => {
      const project = await application();

      const refused = await coordinator.post(`/api/projects/${project.id}/copy-to-next-call`).expect(422);

      expect(refused.body.code).toBe('copy_needs_closed');
    });

    it('refuses a person who only reads the project', async () => {
      const { project } = await rejectedAttempt();

      const refused = await viewer.post(`/api/projects/${project.id}/copy-to-next-call`).expect(403);

      expect(refused.body.code).toBe('role_not_allowed');
    });

    it('copies a closed, rejected attempt with its checklist items unticked and no co-funding', async () => {
      const { project, items } = await rejectedAttempt();
      expect(items.every((item) => item.doneAt !== null)).toBe(true);

      const copy: Project = (
        await coordinator.post(`/api/projects/${project.id}/copy-to-next-call`).expect(201)
      ).body;

      expect(copy).toMatchObject({
        stage: 'application',
        outcome: null,
        previousAttemptId: project.id,
        callId: null,
        isPublic: false,
      });
      const copied: ChecklistItem[] = (
        await coordinator.get(`/api/projects/${copy.id}/checklist`).expect(200)
      ).body;
      expect(copied.map((item) => [item.title, item.required, item.templateItemId])).toEqual(
        items.map((item) => [item.title, item.required, item.templateItemId]),
      );
      expect(copied.map((item) => item.title)).toContain('Egen punkt: förankra i nämnden');
      expect(copied.every((item) => item.doneAt === null && item.doneById === null)).toBe(true);
      const requests: CoFundingRequest[] = (
        await coordinator.get(`/api/projects/${copy.id}/co-funding-requests`).expect(200)
      ).body;
      expect(requests).toEqual([]);
    });

    it('copies an attempt once: the original links to its next attempt, and a second copy, even at once, is refused', async () => {
      const { project } = await rejectedAttempt();
      const url = `/api/projects/${project.id}/copy-to-next-call`;

      // A double click: two requests at the same moment make one copy.
      const answers = await Promise.all([coordinator.post(url), coordinator.post(url)]);

      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      const copy: Project = answers.find((answer) => answer.status === 201)!.body;
      expect(answers.find((answer) => answer.status === 409)!.body.code).toBe('already_copied');
      const original: Project = (await coordinator.get(`/api/projects/${project.id}`).expect(200)).body;
      expect(original.nextAttemptId).toBe(copy.id);
      expect(copy.nextAttemptId).toBeNull();
      const again = await coordinator.post(url).expect(409);
      expect(again.body.code).toBe('already_copied');
    });
  });

  it('shows on the board the checklist progress libs/domain computes from the same items', async () => {
    const today = zonedDay(new Date(), config.timeZone);
    const project = await application([
      { title: 'Förfallen', due: { kind: 'fixed', on: '2020-01-10' } },
      { title: 'Förfallen men klar', due: { kind: 'fixed', on: '2020-01-11' } },
      // Due long before the call deadline: the SQL works the day out from the call, as the domain does.
      { title: 'Ett år före utlysningen', due: { kind: 'before_deadline', days: 365 } },
      { title: 'Framtida', due: { kind: 'fixed', on: '2099-12-31' } },
      { title: 'Frivillig utan datum', required: false },
    ]);
    const items: ChecklistItem[] = (
      await coordinator.get(`/api/projects/${project.id}/checklist`).expect(200)
    ).body;
    const doneOne = items.find((item) => item.title === 'Förfallen men klar') as ChecklistItem;
    await coordinator
      .patch(`/api/checklist-items/${doneOne.id}`, { done: true, version: doneOne.version })
      .expect(200);
    const now: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`).expect(200))
      .body;

    const board: Board = (
      await coordinator.get(`/api/board?q=${encodeURIComponent(project.title)}`).expect(200)
    ).body;
    const card = board.columns.flatMap((column) => column.cards).find((c) => c.id === project.id);

    const expected = checklistProgress(now, today);
    expect(expected).toMatchObject({ total: 5, done: 1, overdue: 2 });
    expect(card?.checklist).toEqual(expected);
  });
});
