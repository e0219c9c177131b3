import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addCalendarDays,
  applicationStatus,
  submissionOf,
  toReportingMinor,
  zonedDay,
  STAGES,
  type Board,
  type Call,
  type Department,
  type PortfolioReport,
  type Programme,
  type Project,
  type RecordedMove,
  type Stage,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate, unique } from './support/application';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

/**
 * The portfolio's reports: counted by SQL over what the reader may read, with libs/domain's rules
 * of what counts as an application. Each test makes its own programme and projects through the
 * API as a coordinator, and filters the report on that programme.
 */
describe('the portfolio report', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let coordinator: ApiClient;
  let admin: ApiClient;
  let viewer: ApiClient;
  let head: ApiClient;
  let lead: ApiClient;
  let education: Department;
  let culture: Department;
  let leadId: string;
  const period = { from: '2026-01-01', to: '2027-12-31' };
  const today = () => zonedDay(new Date(), 'Europe/Stockholm');

  beforeAll(async () => {
    ({ app } = await createApp());
    dataSource = app.get(DataSource);
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    admin = await ApiClient.signedIn(app, demo.admin);
    viewer = await ApiClient.signedIn(app, demo.viewer);
    head = await ApiClient.signedIn(app, demo.departmentHead);
    lead = await ApiClient.signedIn(app, demo.projectLead);
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
    culture = departments.find((d) => d.name === 'Kultur- och fritidsförvaltningen') as Department;
    leadId = (await lead.get('/api/auth/session').expect(200)).body.user.id;
  });

  afterAll(async () => {
    await app.close();
  });

  const report = async (client: ApiClient, query: Record<string, string>): Promise<PortfolioReport> =>
    (
      await client
        .get('/api/reports')
        .query({ ...period, ...query })
        .expect(200)
    ).body;

  const budget = (currency: string, requestedGrantMinor: number, ownCashMinor = 0, ownInKindMinor = 0) => ({
    budget: {
      currency,
      totalMinor: null,
      requestedGrantMinor,
      ownCashMinor,
      ownInKindMinor,
      grantedMinor: null,
    },
  });

  const move = async (project: Project, to: Stage, extra: Record<string, unknown> = {}): Promise<Project> =>
    (
      await coordinator
        .post(`/api/projects/${project.id}/moves`, { to, version: project.version, ...extra })
        .expect(201)
    ).body;

  /** An application of the department to the programme's call, submitted (moved to Beslut). */
  async function submitted(
    target: { programme: Programme; call: Call },
    extra: Record<string, unknown>,
    department = education,
  ): Promise<Project> {
    const applying = await applicationTo(coordinator, department, target.programme, target.call, extra);
    return move(applying, 'decision');
  }

  const granted = (project: Project, grantedMinor: number, decisionDate: string) =>
    move(project, 'running', { outcome: 'granted', grantedMinor, decisionDate });

  describe('a constructed portfolio in EUR and SEK', () => {
    let target: { programme: Programme; call: Call };
    let projects: Project[];
    const eurJune = 11.25;

    beforeAll(async () => {
      target = await programmeWithTemplate(coordinator, []);
      await admin
        .put('/api/exchange-rates', { currency: 'EUR', month: '2027-06', rate: eurJune, source: 'InforEuro' })
        .expect(200);
      // A: EUR, granted in June 2027. B: SEK, granted and completed. C: SEK, rejected, then copied
      // to the next call and submitted again (H, pending). D: EUR, pending. E: SEK, withdrawn after
      // submitting. I: submitted, then taken back for completion (in preparation again).
      const ran = (sdgs: number[], internationalisationForm: string) => ({
        sdgs,
        internationalisationForm,
        plannedStart: '2027-01-01',
        plannedEnd: '2027-12-31',
      });
      const a = await granted(
        await submitted(target, {
          ...budget('EUR', 100_000_00, 20_000_00, 5_000_00),
          ...ran([4, 10], 'cooperation'),
        }),
        80_000_00,
        '2027-06-15',
      );
      const b = await move(
        await granted(
          await submitted(target, {
            ...budget('SEK', 500_000_00, 100_000_00),
            ...ran([4], 'competence_development'),
          }),
          400_000_00,
          '2027-06-20',
        ),
        'closed',
      );
      const c = await move(await submitted(target, budget('SEK', 300_000_00, 50_000_00)), 'closed', {
        outcome: 'rejected',
      });
      const d = await submitted(target, { ...budget('EUR', 50_000_00), ...ran([4, 17], 'cooperation') });
      const e = await move(await submitted(target, budget('SEK', 70_000_00)), 'closed', {
        outcome: 'withdrawn',
      });
      const copy: Project = (await coordinator.post(`/api/projects/${c.id}/copy-to-next-call`).expect(201))
        .body;
      const withCall: Project = (
        await coordinator
          .patch(`/api/projects/${copy.id}`, { version: copy.version, callId: target.call.id })
          .expect(200)
      ).body;
      const h = await move(withCall, 'decision');
      // Never submitted: an idea and an application in preparation.
      const idea: Project = (
        await coordinator
          .post('/api/projects', { title: `Idé ${unique()}`, departmentId: education.id })
          .expect(201)
      ).body;
      const f: Project = (
        await coordinator
          .patch(`/api/projects/${idea.id}`, { version: idea.version, programmeId: target.programme.id })
          .expect(200)
      ).body;
      const g = await applicationTo(
        coordinator,
        education,
        target.programme,
        target.call,
        budget('SEK', 10_000_00),
      );
      const i = await move(await submitted(target, budget('SEK', 20_000_00)), 'application');
      projects = [a, b, c, d, e, h, f, g, i];
    });

    it('counts each submitted attempt once: granted, rejected, pending and withdrawn', async () => {
      const figures = (await report(coordinator, { programmeId: target.programme.id })).applications;
      expect(figures).toMatchObject({ submitted: 6, granted: 2, rejected: 1, pending: 2, withdrawn: 1 });
      expect(figures.successRateByCount).toBeCloseTo(2 / 3, 10);
      // Granted: A 80 000 € × 11.25 = 900 000 kr, B 400 000 kr; requested of the decided: A 100 000 € ×
      // 11.25, B 500 000 kr, C 300 000 kr.
      expect(figures.successRateByAmount).toBeCloseTo(
        (900_000_00 + 400_000_00) / (1_125_000_00 + 500_000_00 + 300_000_00),
        10,
      );
    });

    it('sums granted money and own money in kronor at the stated rate, with the leverage', async () => {
      const result = await report(coordinator, { programmeId: target.programme.id });
      const eurGranted = toReportingMinor(80_000_00, eurJune);
      expect(eurGranted).toBe(900_000_00);
      expect(result.grantedByProgramme).toEqual([
        {
          key: target.programme.id,
          label: target.programme.name,
          applications: 6,
          granted: 2,
          grantedMinor: eurGranted + 400_000_00,
          ownCoFundingMinor: toReportingMinor(25_000_00, eurJune) + 100_000_00,
          leverage: (eurGranted + 400_000_00) / (toReportingMinor(25_000_00, eurJune) + 100_000_00),
        },
      ]);
      expect(result.grantedByDepartment.map((r) => [r.label, r.applications, r.granted])).toEqual([
        ['Utbildningsförvaltningen', 6, 2],
      ]);
      // By year: the decision's year, else the submission's.
      const submittedYear = today().slice(0, 4);
      expect(result.grantedByYear.map((r) => [r.key, r.applications, r.granted, r.grantedMinor])).toEqual(
        submittedYear === '2027'
          ? [['2027', 6, 2, eurGranted + 400_000_00]]
          : [
              [submittedYear, 4, 0, 0],
              ['2027', 2, 2, eurGranted + 400_000_00],
            ],
      );
      expect(result.rates.reportingCurrency).toBe('SEK');
      expect(result.rates.used).toContainEqual({
        currency: 'EUR',
        month: '2027-06',
        rate: eurJune,
        source: 'InforEuro',
        demo: false,
      });
      expect(result.rates.missing).toEqual([]);
    });

    it('lists exactly the rates the sums used, and the pipeline at the month it stands in', async () => {
      const result = await report(coordinator, { programmeId: target.programme.id });
      const asAt = (period.to < today() ? period.to : today()).slice(0, 7);
      const rates: Array<{ currency: string; month: string; rate: number }> = (
        await viewer.get('/api/exchange-rates').expect(200)
      ).body;
      const asAtRate = rates.find((r) => r.currency === 'EUR' && r.month === asAt)?.rate as number;
      expect(result.rates.used.map((r) => `${r.currency} ${r.month}`).sort()).toEqual(
        [`EUR ${asAt}`, 'EUR 2027-06'].filter((v, i, all) => all.indexOf(v) === i).sort(),
      );
      const byStage = Object.fromEntries(result.pipeline.map((r) => [r.stage, r]));
      expect(result.pipeline.map((r) => r.stage)).toEqual([
        'idea',
        'application',
        'decision',
        'running',
        'closed',
      ]);
      expect(Object.fromEntries(result.pipeline.map((r) => [r.stage, r.count]))).toEqual({
        idea: 1,
        application: 2,
        decision: 2,
        running: 1,
        closed: 3,
      });
      // Running: A's 80 000 € granted; closed: B's 400 000 kr granted (C and E got nothing);
      // Beslut: D asked 50 000 €, H 300 000 kr.
      expect(byStage['running'].valueMinor).toBe(toReportingMinor(80_000_00, asAtRate));
      expect(byStage['closed'].valueMinor).toBe(400_000_00);
      expect(byStage['decision'].valueMinor).toBe(toReportingMinor(50_000_00, asAtRate) + 300_000_00);
    });

    it('agrees with libs/domain’s rules on the same projects (the SQL restates them)', async () => {
      const statuses: Record<string, number> = { granted: 0, rejected: 0, pending: 0, withdrawn: 0 };
      let submittedCount = 0;
      for (const project of projects) {
        const [row]: Array<{ created_at: Date; stage: Stage; outcome: Project['outcome'] }> =
          await dataSource.query('SELECT created_at, stage, outcome FROM project WHERE id = $1', [
            project.id,
          ]);
        const moves: RecordedMove[] = (
          await dataSource.query(
            'SELECT from_stage, to_stage, moved_at FROM project_stage_move WHERE project_id = $1 ORDER BY moved_at, id',
            [project.id],
          )
        ).map((m: { from_stage: Stage; to_stage: Stage; moved_at: Date }) => ({
          from: m.from_stage,
          to: m.to_stage,
          movedAt: m.moved_at,
        }));
        const at = submissionOf({ stage: row.stage, outcome: row.outcome, createdAt: row.created_at }, moves);
        if (at === null || zonedDay(at, 'Europe/Stockholm') < period.from) continue;
        submittedCount++;
        statuses[applicationStatus(row)]++;
      }
      const figures = (await report(coordinator, { programmeId: target.programme.id })).applications;
      expect(figures).toMatchObject({ submitted: submittedCount, ...statuses });
    });

    it('agrees with libs/domain’s rules on every project in the desk, the demo’s entered without moves included', async () => {
      const everything = { from: '2020-01-01', to: '2029-12-31' };
      const rows: Array<{ id: string; created_at: Date; stage: Stage; outcome: Project['outcome'] }> =
        await dataSource.query('SELECT id, created_at, stage, outcome FROM project');
      const moves: Array<{ project_id: string; from_stage: Stage; to_stage: Stage; moved_at: Date }> =
        await dataSource.query(
          'SELECT project_id, from_stage, to_stage, moved_at FROM project_stage_move ORDER BY moved_at, id',
        );
      const expected: Record<string, number> = {
        submitted: 0,
        granted: 0,
        rejected: 0,
        pending: 0,
        withdrawn: 0,
      };
      for (const row of rows) {
        const own = moves
          .filter((m) => m.project_id === row.id)
          .map((m) => ({ from: m.from_stage, to: m.to_stage, movedAt: m.moved_at }));
        const at = submissionOf({ stage: row.stage, outcome: row.outcome, createdAt: row.created_at }, own);
        // The demo's decided projects were entered years ago, some before the period.
        if (at === null || zonedDay(at, 'Europe/Stockholm') < everything.from) continue;
        expected['submitted']++;
        expected[applicationStatus(row)]++;
      }
      expect(expected['submitted']).toBeGreaterThan(6);
      expect((await report(coordinator, everything)).applications).toMatchObject(expected);
    });

    it('counts the goals and forms of the projects running during the period (A running, B completed)', async () => {
      const result = await report(coordinator, { programmeId: target.programme.id });
      expect(result.goals).toEqual([
        { goal: 4, runningProjects: 2 },
        { goal: 10, runningProjects: 1 },
      ]);
      expect(result.forms).toEqual([
        { form: 'competence_development', runningProjects: 1 },
        { form: 'cooperation', runningProjects: 1 },
      ]);
      const before = await report(coordinator, {
        programmeId: target.programme.id,
        from: '2026-01-01',
        to: '2026-12-31',
      });
      expect(before.goals).toEqual([]);
    });

    it('leaves out submissions outside the period', async () => {
      const before = await report(coordinator, {
        programmeId: target.programme.id,
        from: '2024-01-01',
        to: '2025-12-31',
      });
      expect(before.applications.submitted).toBe(0);
      expect(before.grantedByProgramme).toEqual([]);
    });
  });

  it('leaves an amount whose month has no rate out of the sums, and lists it as missing', async () => {
    const target = await programmeWithTemplate(coordinator, []);
    await granted(await submitted(target, budget('EUR', 60_000_00, 10_000_00)), 50_000_00, '2023-03-10');
    await granted(await submitted(target, budget('SEK', 200_000_00, 50_000_00)), 150_000_00, '2027-06-01');
    const result = await report(coordinator, { programmeId: target.programme.id });
    expect(result.applications).toMatchObject({ submitted: 2, granted: 2 });
    expect(result.grantedByProgramme[0]).toMatchObject({
      granted: 2,
      grantedMinor: 150_000_00,
      ownCoFundingMinor: 50_000_00,
    });
    expect(result.rates.missing).toEqual([{ currency: 'EUR', month: '2023-03', amountMinor: 50_000_00 }]);
    expect(result.rates.used.some((r) => r.month === '2023-03')).toBe(false);
    // Once a rate is kept for the month, the amount is summed at it.
    await admin
      .put('/api/exchange-rates', { currency: 'EUR', month: '2023-03', rate: 11.5, source: 'InforEuro' })
      .expect(200);
    const priced = await report(coordinator, { programmeId: target.programme.id });
    expect(priced.grantedByProgramme[0].grantedMinor).toBe(150_000_00 + toReportingMinor(50_000_00, 11.5));
    expect(priced.rates.missing).toEqual([]);
    await admin.delete('/api/exchange-rates/EUR/2023-03').expect(204);
  });

  it('shows each reader only what they may read: a viewer all, a head her department’s, a lead also their own', async () => {
    const target = await programmeWithTemplate(coordinator, []);
    await submitted(target, budget('SEK', 100_000_00));
    await submitted(target, { ...budget('SEK', 100_000_00), projectLeadId: leadId }, culture);
    await submitted(target, budget('SEK', 100_000_00), culture);
    const submittedFor = async (client: ApiClient) =>
      (await report(client, { programmeId: target.programme.id })).applications.submitted;
    expect(await submittedFor(coordinator)).toBe(3);
    expect(await submittedFor(viewer)).toBe(3);
    expect(await submittedFor(head)).toBe(1);
    expect(await submittedFor(lead)).toBe(2);
  });

  it('counts the pipeline as the board shows each reader its columns, for a period covering everything', async () => {
    const everything = { from: '2020-01-01', to: '2029-12-31' };
    for (const client of [coordinator, viewer, head, lead])
      for (const filters of [{}, { departmentId: education.id }, { departmentId: culture.id }] as Array<
        Record<string, string>
      >) {
        const board: Board = (await client.get('/api/board').query(filters).expect(200)).body;
        const result = await report(client, { ...everything, ...filters });
        // In the board's order, idea to closed.
        expect(result.pipeline.map((r) => r.stage)).toEqual(
          STAGES.filter((stage) => result.pipeline.some((r) => r.stage === stage)),
        );
        const counted = Object.fromEntries(result.pipeline.map((r) => [r.stage, r.count]));
        expect(STAGES.map((stage) => counted[stage] ?? 0)).toEqual(
          STAGES.map((stage) => board.columns.find((c) => c.stage === stage)?.count ?? 0),
        );
      }
  });

  it('counts deadlines due in the period as met or missed, call deadlines apart', async () => {
    const target = await programmeWithTemplate(coordinator, [], '2026-01-15T12:00');
    // Submitted after its call closed: the call deadline was done late, so missed.
    await submitted(target, budget('SEK', 10_000_00));
    const result = await report(coordinator, {
      programmeId: target.programme.id,
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(result.deadlines).toEqual({ met: 0, missed: 0, callDeadlinesMet: 0, callDeadlinesMissed: 1 });
  });

  it('counts a checklist item done in time as met, and one done late or still open after its day as missed', async () => {
    const year = Number(today().slice(0, 4));
    const old = year - 5;
    const inTime = addCalendarDays(today(), 20);
    const target = await programmeWithTemplate(
      coordinator,
      [
        { title: 'Klar i tid', required: false, due: { kind: 'fixed', on: inTime } },
        { title: 'Förfallen', required: false, due: { kind: 'fixed', on: `${old}-01-10` } },
        { title: 'Sent klar', required: false, due: { kind: 'fixed', on: `${old}-01-11` } },
      ],
      `${year + 2}-01-15T12:00`,
    );
    const project = await applicationTo(coordinator, education, target.programme, target.call);
    const items: Array<{ id: string; title: string; version: number }> = (
      await coordinator.get(`/api/projects/${project.id}/checklist`).expect(200)
    ).body;
    for (const title of ['Klar i tid', 'Sent klar']) {
      const item = items.find((i) => i.title === title) as (typeof items)[number];
      await coordinator
        .patch(`/api/checklist-items/${item.id}`, { done: true, version: item.version })
        .expect(200);
    }
    const result = await report(coordinator, {
      programmeId: target.programme.id,
      from: `${old}-01-01`,
      to: addCalendarDays(today(), 30),
    });
    // The call closes after the period, still open: neither.
    expect(result.deadlines).toEqual({ met: 1, missed: 2, callDeadlinesMet: 0, callDeadlinesMissed: 0 });
  });

  describe('refuses a wrong parameter, naming it', () => {
    it.each([
      ['from', { from: '2027-02-30' }],
      ['from', { from: 'yesterday' }],
      ['to', { to: '2027-13-01' }],
      ['to', { from: '2027-06-01', to: '2027-05-31' }],
      ['to', { from: '2020-01-01', to: '2030-01-01' }],
      ['programmeId', { programmeId: 'erasmus' }],
      ['departmentId', { departmentId: '42' }],
      ['projectLeadId', { projectLeadId: 'jonas' }],
    ])('%s', async (field, query) => {
      const refused = await viewer
        .get('/api/reports')
        .query({ ...period, ...query })
        .expect(422);
      expect(Object.keys(refused.body.errors)).toContain(field);
    });

    it('without a period', async () => {
      const refused = await viewer.get('/api/reports').expect(422);
      expect(Object.keys(refused.body.errors).sort()).toEqual(['from', 'to']);
    });
  });
});
