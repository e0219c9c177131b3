import type { INestApplication } from '@nestjs/common';
import type { Department, Programme, Project, ProjectActivity } from '@gp/domain';
import { completeChecklist } from './support/application';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

describe('projects: ideas, edits, moves and who may do what', () => {
  let app: INestApplication;
  let coordinator: ApiClient;
  let departments: Department[];
  let erasmus: Programme;
  const education = () => departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
  const social = () => departments.find((d) => d.name === 'Socialförvaltningen') as Department;

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    departments = (await coordinator.get('/api/departments').expect(200)).body;
    erasmus = ((await coordinator.get('/api/programmes').expect(200)).body as Programme[]).find(
      (p) => p.name === 'Erasmus+',
    ) as Programme;
  });

  afterAll(() => app.close());

  const newIdea = async (client = coordinator, departmentId = education().id): Promise<Project> =>
    (
      await client
        .post('/api/projects', {
          title: `Idé ${Date.now()} ${Math.random().toString(36).slice(2, 6)}`,
          departmentId,
        })
        .expect(201)
    ).body;

  it('creates an idea from a title and a department alone', async () => {
    const idea = await newIdea();
    expect(idea).toMatchObject({
      stage: 'idea',
      outcome: null,
      version: 1,
      departmentId: education().id,
      partners: [],
      isPublic: false,
    });
    expect(idea.budget).toEqual({
      currency: 'SEK',
      totalMinor: null,
      requestedGrantMinor: null,
      ownCashMinor: null,
      ownInKindMinor: null,
      grantedMinor: null,
    });
  });

  it('refuses an idea without a title or with an unknown department, creating nothing', async () => {
    const noTitle = await coordinator
      .post('/api/projects', { title: '', departmentId: education().id })
      .expect(422);
    expect(noTitle.body.errors.title).toBeDefined();
    const unknown = await coordinator
      .post('/api/projects', {
        title: 'Okänd förvaltning',
        departmentId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(422);
    expect(unknown.body.code).toBe('unknown_department');
  });

  it('saves every field under the version seen; a stale save gets 409 with the current project', async () => {
    const idea = await newIdea();
    const call = erasmus.calls[0];
    const saved: Project = (
      await coordinator
        .patch(`/api/projects/${idea.id}`, {
          version: 1,
          purpose: 'Lärare i yrkesutbildningen hospiterar hos partnerskolor i Finland och Tyskland.',
          programmeId: erasmus.id,
          callId: call.id,
          municipalityRole: 'lead_partner',
          plannedStart: '2027-09-01',
          plannedEnd: '2029-08-31',
          budget: {
            currency: 'EUR',
            totalMinor: 25_000_000,
            requestedGrantMinor: 25_000_000,
            ownCashMinor: 0,
            ownInKindMinor: 1_500_000,
            grantedMinor: null,
          },
          partners: [{ organisation: 'Omnia', country: 'FI', role: 'partner' }],
          themes: ['utbildning', 'kompetensutveckling'],
          sdgs: [4, 8],
          internationalisationForm: 'competence_development',
          isPublic: true,
          publicSummary: 'Lärare lär av lärare i Europa.',
          contactName: 'Lena Lärare',
          contactEmail: 'lena.larare@demo.kommun.se',
          links: [{ label: 'Erasmus+', url: 'https://www.utbyten.se/' }],
        })
        .expect(200)
    ).body;
    expect(saved).toMatchObject({
      version: 2,
      programmeId: erasmus.id,
      callId: call.id,
      sdgs: [4, 8],
      partners: [{ organisation: 'Omnia', country: 'FI', role: 'partner' }],
    });
    expect(saved.budget.totalMinor).toBe(25_000_000);

    const stale = await coordinator
      .patch(`/api/projects/${idea.id}`, { version: 1, title: 'Skriver över' })
      .expect(409);
    expect(stale.body.code).toBe('stale_version');
    expect(stale.body.current).toEqual(saved);
  });

  it('logs each budget change with its amounts before and after, and nothing for other edits', async () => {
    const idea = await newIdea();
    const budget = {
      currency: 'SEK',
      totalMinor: 120_000_000,
      requestedGrantMinor: 60_000_000,
      ownCashMinor: null,
      ownInKindMinor: null,
      grantedMinor: null,
    };
    const first: Project = (
      await coordinator.patch(`/api/projects/${idea.id}`, { version: 1, budget }).expect(200)
    ).body;
    const second: Project = (
      await coordinator
        .patch(`/api/projects/${idea.id}`, {
          version: first.version,
          budget: { ...budget, totalMinor: 150_000_000, ownCashMinor: 30_000_000 },
        })
        .expect(200)
    ).body;
    // Not the budget, or the same budget again: no line.
    const third: Project = (
      await coordinator
        .patch(`/api/projects/${idea.id}`, { version: second.version, purpose: 'Ett nytt syfte' })
        .expect(200)
    ).body;
    await coordinator
      .patch(`/api/projects/${idea.id}`, { version: third.version, budget: second.budget })
      .expect(200);
    const activity: ProjectActivity[] = (
      await coordinator.get(`/api/projects/${idea.id}/activity`).expect(200)
    ).body;
    expect(activity.map((a) => [a.kind, a.actorName, JSON.parse(a.comment ?? 'null')])).toEqual([
      [
        'budget_changed',
        'Maja Lindqvist',
        {
          currencyBefore: 'SEK',
          currency: 'SEK',
          amounts: [
            { field: 'totalMinor', before: 120_000_000, after: 150_000_000 },
            { field: 'ownCashMinor', before: null, after: 30_000_000 },
          ],
        },
      ],
      [
        'budget_changed',
        'Maja Lindqvist',
        {
          currencyBefore: 'SEK',
          currency: 'SEK',
          amounts: [
            { field: 'totalMinor', before: null, after: 120_000_000 },
            { field: 'requestedGrantMinor', before: null, after: 60_000_000 },
          ],
        },
      ],
    ]);
  });

  it.each([
    [
      'a partner without a country code',
      { partners: [{ organisation: 'X', country: 'Finland', role: 'partner' }] },
      'partners.0.country',
    ],
    ['an Agenda 2030 goal 18', { sdgs: [18] }, 'sdgs'],
    [
      'a negative budget',
      {
        budget: {
          currency: 'SEK',
          totalMinor: -5,
          requestedGrantMinor: null,
          ownCashMinor: null,
          ownInKindMinor: null,
          grantedMinor: null,
        },
      },
      'budget.totalMinor',
    ],
    ['a link that runs script', { links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url'],
    ['a date that is not one', { plannedStart: '1 september' }, 'plannedStart'],
  ])('refuses %s with 422 at that field, changing nothing', async (_, change, field) => {
    const idea = await newIdea();
    const response = await coordinator
      .patch(`/api/projects/${idea.id}`, { version: 1, ...change })
      .expect(422);
    expect(Object.keys(response.body.errors)).toContain(field);
    expect((await coordinator.get(`/api/projects/${idea.id}`).expect(200)).body.version).toBe(1);
  });

  describe('fields that contradict each other (libs/domain projectDateProblems, budgetProblems)', () => {
    const budget = {
      currency: 'SEK',
      totalMinor: 100_000,
      requestedGrantMinor: 80_000,
      ownCashMinor: null,
      ownInKindMinor: null,
      grantedMinor: null,
    };

    /** Sends an edit that must be refused, and checks the project is exactly as it was. */
    const refused = async (project: Project, change: Record<string, unknown>) => {
      const response = await coordinator
        .patch(`/api/projects/${project.id}`, { version: project.version, ...change })
        .expect(422);
      const after: Project = (await coordinator.get(`/api/projects/${project.id}`).expect(200)).body;
      expect(after).toEqual(project);
      return response.body as { code: string; message: string; errors: Record<string, string[]> };
    };

    it('refuses a period ending before it starts and a final report before the interim one, naming each field', async () => {
      const idea = await newIdea();
      const body = await refused(idea, {
        plannedStart: '2029-06-01',
        plannedEnd: '2027-03-01',
        interimReportOn: '2031-01-01',
        finalReportOn: '2020-01-01',
      });
      expect(body.code).toBe('ends_before_start');
      expect(Object.keys(body.errors).sort()).toEqual(['finalReportOn', 'plannedEnd']);
      expect(body.errors['plannedEnd']).toEqual([
        'plannedEnd (2027-03-01) must not be before plannedStart (2029-06-01).',
      ]);
      expect(body.errors['finalReportOn'][0]).toContain('must not be before interimReportOn');
    });

    it('judges a PATCH with one date against the other date saved before, changing nothing', async () => {
      const idea = await newIdea();
      const dated: Project = (
        await coordinator
          .patch(`/api/projects/${idea.id}`, {
            version: idea.version,
            plannedStart: '2027-09-01',
            plannedEnd: '2029-08-31',
            interimReportOn: '2028-09-30',
            finalReportOn: '2029-10-31',
          })
          .expect(200)
      ).body;
      const end = await refused(dated, { plannedEnd: '2027-03-01' });
      expect(Object.keys(end.errors)).toEqual(['plannedEnd']);
      const start = await refused(dated, { plannedStart: '2030-01-01' });
      // A start after the end and after the final report: both later fields are named.
      expect(Object.keys(start.errors).sort()).toEqual(['finalReportOn', 'plannedEnd']);
      const final = await refused(dated, { finalReportOn: '2028-01-01' });
      expect(final).toMatchObject({
        code: 'final_report_before_interim',
        errors: { finalReportOn: [expect.any(String)] },
      });
    });

    it('takes dates long past, for a project recorded afterwards', async () => {
      const idea = await newIdea();
      await coordinator
        .patch(`/api/projects/${idea.id}`, {
          version: idea.version,
          plannedStart: '2015-01-01',
          plannedEnd: '2017-12-31',
          interimReportOn: '2016-06-30',
          finalReportOn: '2018-03-31',
        })
        .expect(200);
    });

    it('refuses a grant asked for above the total, and öre in a whole amount, naming the field', async () => {
      const idea = await newIdea();
      const above = await refused(idea, { budget: { ...budget, requestedGrantMinor: 500_000 } });
      expect(above).toMatchObject({
        code: 'grant_above_total',
        errors: { 'budget.requestedGrantMinor': [expect.any(String)] },
      });
      const cents = await refused(idea, { budget: { ...budget, ownCashMinor: 150 } });
      expect(cents.code).toBe('not_whole_amount');
      expect(Object.keys(cents.errors)).toEqual(['budget.ownCashMinor']);
      // Own co-funding beyond the total is a warning on the page, not a refusal.
      await coordinator
        .patch(`/api/projects/${idea.id}`, {
          version: idea.version,
          budget: { ...budget, ownCashMinor: 90_000 },
        })
        .expect(200);
    });
  });

  it('refuses a call that belongs to another programme', async () => {
    const idea = await newIdea();
    const other = ((await coordinator.get('/api/programmes')).body as Programme[]).find(
      (p) => p.name === 'Interreg Sverige–Norge',
    ) as Programme;
    const response = await coordinator
      .patch(`/api/projects/${idea.id}`, { version: 1, programmeId: erasmus.id, callId: other.calls[0].id })
      .expect(422);
    expect(response.body.code).toBe('call_of_other_programme');
  });

  it('moves a card through the pipeline when the rules allow, and answers a forbidden move with the reasons in the mover’s language', async () => {
    const idea = await newIdea();
    const refused = await coordinator
      .post(`/api/projects/${idea.id}/moves`, { to: 'application', version: 1 })
      .expect(422);
    expect(refused.body.code).toBe('move_refused');
    expect(refused.body.reasons.map((r: { code: string }) => r.code)).toEqual(['programme_missing']);
    expect(refused.body.reasons[0].message).toMatch(/program/i);

    const viewerInEnglish = await ApiClient.signedIn(app, demo.admin);
    await viewerInEnglish.patch('/api/auth/profile', { language: 'en' }).expect(200);
    const english = await viewerInEnglish
      .post(`/api/projects/${idea.id}/moves`, { to: 'application', version: 1 })
      .expect(422);
    expect(english.body.reasons[0].message).not.toBe(refused.body.reasons[0].message);
    await viewerInEnglish.patch('/api/auth/profile', { language: 'sv' }).expect(200);

    await coordinator.patch(`/api/projects/${idea.id}`, { version: 1, programmeId: erasmus.id }).expect(200);
    const applying: Project = (
      await coordinator
        .post(`/api/projects/${idea.id}/moves`, { to: 'application', version: 2, comment: 'Vi söker KA1' })
        .expect(201)
    ).body;
    expect(applying.stage).toBe('application');

    const noCall = await coordinator
      .post(`/api/projects/${idea.id}/moves`, { to: 'decision', version: applying.version })
      .expect(422);
    expect(noCall.body.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['call_missing']),
    );

    const withCall: Project = (
      await coordinator
        .patch(`/api/projects/${idea.id}`, { version: applying.version, callId: erasmus.calls[0].id })
        .expect(200)
    ).body;
    // Erasmus+ applications carry the programme's checklist; its required items come first.
    const refusedForChecklist = await coordinator
      .post(`/api/projects/${idea.id}/moves`, { to: 'decision', version: withCall.version })
      .expect(422);
    expect(refusedForChecklist.body.reasons.map((r: { code: string }) => r.code)).toEqual([
      'checklist_incomplete',
    ]);
    await completeChecklist(coordinator, idea.id);
    const submitted: Project = (
      await coordinator
        .post(`/api/projects/${idea.id}/moves`, { to: 'decision', version: withCall.version })
        .expect(201)
    ).body;
    expect(submitted.stage).toBe('decision');

    const noGrant = await coordinator
      .post(`/api/projects/${idea.id}/moves`, { to: 'running', version: submitted.version })
      .expect(422);
    expect(noGrant.body.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['outcome_not_granted', 'granted_amount_missing']),
    );

    const running: Project = (
      await coordinator
        .post(`/api/projects/${idea.id}/moves`, {
          to: 'running',
          version: submitted.version,
          outcome: 'granted',
          grantedMinor: 24_000_000,
          decisionDate: '2027-06-15',
        })
        .expect(201)
    ).body;
    expect(running).toMatchObject({ stage: 'running', outcome: 'granted', decisionDate: '2027-06-15' });
    expect(running.budget.grantedMinor).toBe(24_000_000);

    const closed: Project = (
      await coordinator
        .post(`/api/projects/${idea.id}/moves`, { to: 'closed', version: running.version })
        .expect(201)
    ).body;
    expect(closed).toMatchObject({ stage: 'closed', outcome: 'completed' });
    const final = await coordinator
      .post(`/api/projects/${idea.id}/moves`, { to: 'running', version: closed.version })
      .expect(422);
    expect(final.body.reasons[0].code).toBe('closed_is_final');

    const history = (await coordinator.get(`/api/projects/${idea.id}/history`).expect(200)).body;
    expect(history.map((h: { from: string; to: string }) => `${h.from}→${h.to}`)).toEqual([
      'idea→application',
      'application→decision',
      'decision→running',
      'running→closed',
    ]);
    expect(history[0]).toMatchObject({ comment: 'Vi söker KA1', movedBy: { name: 'Maja Lindqvist' } });
  });

  it('answers a move based on an old version with 409, moving nothing', async () => {
    const idea = await newIdea();
    await coordinator.patch(`/api/projects/${idea.id}`, { version: 1, programmeId: erasmus.id }).expect(200);
    const stale = await coordinator
      .post(`/api/projects/${idea.id}/moves`, { to: 'application', version: 1 })
      .expect(409);
    expect(stale.body.current.stage).toBe('idea');
    expect((await coordinator.get(`/api/projects/${idea.id}/history`)).body).toEqual([]);
  });

  it('copies a rejected application to the next call, keeping all but the call, dates and decision', async () => {
    const idea = await newIdea();
    const call = erasmus.calls[0];
    const prepared: Project = (
      await coordinator
        .patch(`/api/projects/${idea.id}`, {
          version: 1,
          programmeId: erasmus.id,
          callId: call.id,
          plannedStart: '2027-09-01',
          plannedEnd: '2028-08-31',
          partners: [{ organisation: 'Omnia', country: 'FI', role: 'partner' }],
          budget: {
            currency: 'EUR',
            totalMinor: 6_000_000,
            requestedGrantMinor: 6_000_000,
            ownCashMinor: null,
            ownInKindMinor: null,
            grantedMinor: null,
          },
        })
        .expect(200)
    ).body;
    const applying: Project = (
      await coordinator
        .post(`/api/projects/${idea.id}/moves`, { to: 'application', version: prepared.version })
        .expect(201)
    ).body;
    await coordinator.post(`/api/projects/${idea.id}/copy-to-next-call`).expect(422);
    await completeChecklist(coordinator, idea.id);
    const submitted: Project = (
      await coordinator
        .post(`/api/projects/${idea.id}/moves`, { to: 'decision', version: applying.version })
        .expect(201)
    ).body;
    const rejected: Project = (
      await coordinator
        .post(`/api/projects/${idea.id}/moves`, {
          to: 'closed',
          outcome: 'rejected',
          version: submitted.version,
        })
        .expect(201)
    ).body;
    expect(rejected).toMatchObject({ stage: 'closed', outcome: 'rejected' });

    const copy: Project = (await coordinator.post(`/api/projects/${idea.id}/copy-to-next-call`).expect(201))
      .body;
    expect(copy.id).not.toBe(idea.id);
    // The new attempt starts from the programme's checklist, nothing ticked.
    const copyChecklist: Array<{ doneAt: string | null }> = (
      await coordinator.get(`/api/projects/${copy.id}/checklist`).expect(200)
    ).body;
    expect(copyChecklist.length).toBeGreaterThan(0);
    expect(copyChecklist.every((item) => item.doneAt === null)).toBe(true);
    expect(copy).toMatchObject({
      stage: 'application',
      outcome: null,
      previousAttemptId: idea.id,
      programmeId: erasmus.id,
      callId: null,
      plannedStart: null,
      plannedEnd: null,
      title: idea.title,
      version: 1,
    });
    expect(copy.partners).toEqual([{ organisation: 'Omnia', country: 'FI', role: 'partner' }]);
    expect(copy.budget.requestedGrantMinor).toBe(6_000_000);
    expect((await coordinator.get(`/api/projects/${idea.id}`)).body.stage).toBe('closed');
  });

  describe('who may set which field (libs/domain projectFieldRules)', () => {
    let lead: ApiClient;
    const leadsIdea = () => newIdea(lead, education().id);
    const budget = (grantedMinor: number | null) => ({
      currency: 'SEK',
      totalMinor: 1_000_000,
      requestedGrantMinor: 800_000,
      ownCashMinor: null,
      ownInKindMinor: null,
      grantedMinor,
    });
    const reread = async (id: string): Promise<Project> =>
      (await coordinator.get(`/api/projects/${id}`).expect(200)).body;

    /** An Erasmus+ idea led by Jonas Ek, moved on until the funder has granted it. */
    async function grantedProject(): Promise<Project> {
      const idea = await leadsIdea();
      const planned: Project = (
        await coordinator
          .patch(`/api/projects/${idea.id}`, {
            version: idea.version,
            programmeId: erasmus.id,
            callId: erasmus.calls[0].id,
          })
          .expect(200)
      ).body;
      const applying: Project = (
        await coordinator
          .post(`/api/projects/${idea.id}/moves`, { to: 'application', version: planned.version })
          .expect(201)
      ).body;
      await completeChecklist(coordinator, idea.id);
      const submitted: Project = (
        await coordinator
          .post(`/api/projects/${idea.id}/moves`, { to: 'decision', version: applying.version })
          .expect(201)
      ).body;
      return (
        await coordinator
          .post(`/api/projects/${idea.id}/moves`, {
            to: 'running',
            version: submitted.version,
            outcome: 'granted',
            grantedMinor: 700_000,
          })
          .expect(201)
      ).body;
    }

    beforeAll(async () => {
      lead = await ApiClient.signedIn(app, demo.projectLead);
    });

    it('refuses a project lead the granted amount on an idea, naming the field, and saves nothing', async () => {
      const idea = await leadsIdea();
      const refused = await lead
        .patch(`/api/projects/${idea.id}`, { version: 1, purpose: 'Med pengar', budget: budget(999_999_999) })
        .expect(422);
      expect(refused.body.code).toBe('field_not_editable');
      expect(Object.keys(refused.body.errors)).toEqual(['budget.grantedMinor']);
      expect(refused.body.reasons).toEqual([
        expect.objectContaining({ code: 'no_grant_decided', params: { field: 'budget.grantedMinor' } }),
      ]);
      const after = await reread(idea.id);
      expect(after).toMatchObject({ version: 1, purpose: '' });
      expect(after.budget.grantedMinor).toBeNull();
    });

    it('refuses a project lead the public flag and the department, naming each field', async () => {
      const idea = await leadsIdea();
      const refused = await lead
        .patch(`/api/projects/${idea.id}`, { version: 1, isPublic: true, departmentId: social().id })
        .expect(422);
      expect(refused.body.code).toBe('field_not_editable');
      expect(Object.keys(refused.body.errors).sort()).toEqual(['departmentId', 'isPublic']);
      expect(refused.body.reasons.map((r: { code: string }) => r.code)).toEqual([
        'coordinators_only',
        'coordinators_only',
      ]);
      expect(await reread(idea.id)).toMatchObject({
        version: 1,
        isPublic: false,
        departmentId: education().id,
      });
    });

    it('takes a project lead’s whole form, the read-only fields sent as they are', async () => {
      const idea = await leadsIdea();
      // What the web form sends: every field, as loaded.
      const notFields = ['id', 'stage', 'outcome', 'decisionDate', 'previousAttemptId', 'nextAttemptId', 'createdById'];
      const form = Object.fromEntries(
        Object.entries(idea).filter(([key]) => !notFields.includes(key) && !key.endsWith('At')),
      ) as Omit<Project, 'id'>;
      const saved: Project = (
        await lead
          .patch(`/api/projects/${idea.id}`, {
            ...form,
            purpose: 'Hela formuläret',
            budget: { ...form.budget, totalMinor: 5_000_000 },
          })
          .expect(200)
      ).body;
      expect(saved).toMatchObject({ version: 2, purpose: 'Hela formuläret', isPublic: false });
      expect(saved.budget).toMatchObject({ totalMinor: 5_000_000, grantedMinor: null });
    });

    it('lets a coordinator set the public flag and the department, but not a granted amount before the yes', async () => {
      const idea = await leadsIdea();
      const saved: Project = (
        await coordinator
          .patch(`/api/projects/${idea.id}`, { version: 1, isPublic: true, departmentId: social().id })
          .expect(200)
      ).body;
      expect(saved).toMatchObject({ version: 2, isPublic: true, departmentId: social().id });
      const refused = await coordinator
        .patch(`/api/projects/${idea.id}`, { version: 2, budget: budget(500_000) })
        .expect(422);
      expect(refused.body.code).toBe('field_not_editable');
      expect(Object.keys(refused.body.errors)).toEqual(['budget.grantedMinor']);
    });

    it('lets the project lead correct the granted amount once the funder granted it', async () => {
      const running = await grantedProject();
      expect(running.budget.grantedMinor).toBe(700_000);
      const saved: Project = (
        await lead
          .patch(`/api/projects/${running.id}`, {
            version: running.version,
            budget: { ...running.budget, grantedMinor: 650_000 },
          })
          .expect(200)
      ).body;
      expect(saved.budget.grantedMinor).toBe(650_000);
      // The public flag stays the coordinators', whatever the stage.
      await lead.patch(`/api/projects/${running.id}`, { version: saved.version, isPublic: true }).expect(422);
    });

    it('lets a project lead register ideas in their own department only', async () => {
      await leadsIdea();
      const refused = await lead
        .post('/api/projects', { title: 'Annans förvaltning', departmentId: social().id })
        .expect(422);
      expect(refused.body.code).toBe('department_not_yours');
      expect(Object.keys(refused.body.errors)).toEqual(['departmentId']);
      const board = (await coordinator.get('/api/board?q=Annans%20f%C3%B6rvaltning').expect(200)).body;
      expect(board.columns.flatMap((c: { cards: unknown[] }) => c.cards)).toEqual([]);
      // A coordinator registers ideas in any department.
      await newIdea(coordinator, social().id);
    });
  });

  describe('versions: stale is 409, nothing changed is no new version', () => {
    it('answers a PATCH that changes nothing with the project as it is, the same version and no activity', async () => {
      const idea = await newIdea();
      const onlyVersion: Project = (
        await coordinator.patch(`/api/projects/${idea.id}`, { version: 1 }).expect(200)
      ).body;
      expect(onlyVersion).toEqual(idea);
      const sameValues: Project = (
        await coordinator
          .patch(`/api/projects/${idea.id}`, {
            version: 1,
            title: idea.title,
            budget: idea.budget,
            partners: [],
            sdgs: [],
            isPublic: false,
          })
          .expect(200)
      ).body;
      expect(sameValues).toEqual(idea);
      expect((await coordinator.get(`/api/projects/${idea.id}/activity`).expect(200)).body).toEqual([]);
      // The unchanged version still counts: one edit later, it is stale.
      await coordinator.patch(`/api/projects/${idea.id}`, { version: 1, purpose: 'Ändrat' }).expect(200);
      const stale = await coordinator.patch(`/api/projects/${idea.id}`, { version: 1 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', current: { version: 2, purpose: 'Ändrat' } });
    });

    it('answers a stale edit with 409 before the field rules', async () => {
      const lead = await ApiClient.signedIn(app, demo.projectLead);
      const idea = await newIdea(lead);
      await lead.patch(`/api/projects/${idea.id}`, { version: 1, purpose: 'Först' }).expect(200);
      const stale = await lead.patch(`/api/projects/${idea.id}`, { version: 1, isPublic: true }).expect(409);
      expect(stale.body.code).toBe('stale_version');
    });

    it('answers a refused move of a stale card with 409 and the current project, not the stage rules', async () => {
      const idea = await newIdea();
      await coordinator.patch(`/api/projects/${idea.id}`, { version: 1, purpose: 'Ny version' }).expect(200);
      // No programme: the rules would refuse the move, but the card the mover saw is gone.
      const stale = await coordinator
        .post(`/api/projects/${idea.id}/moves`, { to: 'application', version: 1 })
        .expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', current: { version: 2, stage: 'idea' } });
    });

    it('lets one of 50 moves made at once with the same version through; the others are 409', async () => {
      const idea = await newIdea();
      const planned: Project = (
        await coordinator
          .patch(`/api/projects/${idea.id}`, { version: 1, programmeId: erasmus.id })
          .expect(200)
      ).body;
      const statuses = (
        await Promise.all(
          Array.from({ length: 50 }, () =>
            coordinator.post(`/api/projects/${idea.id}/moves`, {
              to: 'application',
              version: planned.version,
            }),
          ),
        )
      ).map((response) => response.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      const history = (await coordinator.get(`/api/projects/${idea.id}/history`).expect(200)).body;
      expect(history).toHaveLength(1);
      expect((await coordinator.get(`/api/projects/${idea.id}`).expect(200)).body).toMatchObject({
        stage: 'application',
        version: planned.version + 1,
      });
    });

    it('answers a version past what the column holds as stale or invalid, never as a server error', async () => {
      const idea = await newIdea();
      for (const version of [2_147_483_648, Number.MAX_SAFE_INTEGER]) {
        const edit = await coordinator.patch(`/api/projects/${idea.id}`, { version, purpose: 'x' });
        const move = await coordinator.post(`/api/projects/${idea.id}/moves`, { to: 'closed', version });
        expect([edit.status, move.status].every((status) => status === 409 || status === 422)).toBe(true);
      }
      expect((await coordinator.get(`/api/projects/${idea.id}`).expect(200)).body.version).toBe(1);
    });

    it('lets one of 20 edits made at once with the same version through; the others are 409', async () => {
      const idea = await newIdea();
      const statuses = (
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            coordinator.patch(`/api/projects/${idea.id}`, { version: 1, purpose: `Samtidigt ${i}` }),
          ),
        )
      ).map((response) => response.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      expect((await coordinator.get(`/api/projects/${idea.id}`).expect(200)).body.version).toBe(2);
    });
  });

  describe('permissions', () => {
    it('a project lead edits the projects they lead, but not another’s in their department', async () => {
      const lead = await ApiClient.signedIn(app, demo.projectLead);
      const own = await newIdea(lead);
      expect(own.projectLeadId).not.toBeNull();
      await lead.patch(`/api/projects/${own.id}`, { version: 1, purpose: 'Eget projekt' }).expect(200);

      const others = await newIdea(coordinator, education().id);
      await lead.get(`/api/projects/${others.id}`).expect(200);
      const refused = await lead
        .patch(`/api/projects/${others.id}`, { version: 1, purpose: 'Inte mitt' })
        .expect(403);
      expect(refused.body.code).toBe('forbidden');
    });

    it('a department head reads their departments’ projects; another department’s project is 404, not 403', async () => {
      const head = await ApiClient.signedIn(app, demo.departmentHead);
      const ownDepartment = await newIdea(coordinator, education().id);
      const otherDepartment = await newIdea(coordinator, social().id);
      await head.get(`/api/projects/${ownDepartment.id}`).expect(200);
      await head.get(`/api/projects/${otherDepartment.id}`).expect(404);
      await head.get(`/api/projects/${otherDepartment.id}/history`).expect(404);
      await head
        .patch(`/api/projects/${ownDepartment.id}`, { version: 1, title: 'Chefen ändrar' })
        .expect(403);
    });

    it('a viewer reads every project and changes none', async () => {
      const viewer = await ApiClient.signedIn(app, demo.viewer);
      const idea = await newIdea(coordinator, social().id);
      await viewer.get(`/api/projects/${idea.id}`).expect(200);
      await viewer.patch(`/api/projects/${idea.id}`, { version: 1, title: 'Läsaren ändrar' }).expect(403);
      await viewer.post('/api/projects', { title: 'Läsarens idé', departmentId: social().id }).expect(403);
    });
  });
});
