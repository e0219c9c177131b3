import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type {
  Board,
  ChecklistItem,
  CoFundingCommitment,
  CoFundingRequest,
  Department,
  Project,
  ProjectActivity,
} from '@gp/domain';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate, unique } from './support/application';
import { createApp, createWorker } from './support/create-app';
import { DataSource } from 'typeorm';
import { demo } from './support/demo';
import { rowStamp } from './support/row-stamp';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

describe('co-funding requests and approvals', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  let coordinator: ApiClient;
  let head: ApiClient;
  let admin: ApiClient;
  let education: Department;
  let social: Department;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    ({ app } = await createApp());
    worker = await createWorker({ smtpUrl });
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    head = await ApiClient.signedIn(app, demo.departmentHead);
    admin = await ApiClient.signedIn(app, demo.admin);
    const departments: Department[] = (await coordinator.get('/api/departments').expect(200)).body;
    education = departments.find((d) => d.name === 'Utbildningsförvaltningen') as Department;
    social = departments.find((d) => d.name === 'Socialförvaltningen') as Department;
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  const mailsAbout = (address: string, title: string) =>
    smtp.to(address).filter((m) => (m.subject ?? '').includes(title));

  /** An application whose only checklist item is done, led by Jonas Ek, so co-funding is what gates it. */
  async function readyApplication(): Promise<Project> {
    const { call, programme } = await programmeWithTemplate(coordinator, [{ title: 'Budget' }]);
    const people: Array<{ id: string; name: string }> = (await coordinator.get('/api/people')).body;
    const jonas = people.find((p) => p.name === 'Jonas Ek')?.id;
    const project = await applicationTo(coordinator, education, programme, call, { projectLeadId: jonas });
    const [item]: ChecklistItem[] = (await coordinator.get(`/api/projects/${project.id}/checklist`)).body;
    await coordinator
      .patch(`/api/checklist-items/${item.id}`, { done: true, version: item.version })
      .expect(200);
    return project;
  }

  const ask = (project: Project, body: Record<string, unknown> = {}) =>
    coordinator.post(`/api/projects/${project.id}/co-funding-requests`, {
      departmentId: education.id,
      currency: 'SEK',
      years: [
        { year: 2027, cashMinor: 1_500_000, inKindMinor: 500_000 },
        { year: 2028, cashMinor: 1_000_000, inKindMinor: 0 },
      ],
      justification: 'Ligger i förvaltningens verksamhetsplan.',
      ...body,
    });

  const submit = (project: Project) =>
    coordinator.post(`/api/projects/${project.id}/moves`, { to: 'decision', version: project.version });

  it('budgets the demo requests in whole kronor and euros per year, as a department does', async () => {
    const rows: Array<{ years: Array<{ year: number; cashMinor: number; inKindMinor: number }> }> = await app
      .get(DataSource)
      .query(`SELECT years FROM co_funding_request`);
    const years = rows.flatMap((row) => row.years);
    expect(years.length).toBeGreaterThan(3);
    expect(years.filter((y) => y.cashMinor % 100 !== 0 || y.inKindMinor % 100 !== 0)).toEqual([]);
  });

  it('asks the department head by email, who approves from the inbox; then the application can be submitted', async () => {
    const project = await readyApplication();
    const request: CoFundingRequest = (await ask(project).expect(201)).body;
    expect(request).toMatchObject({
      status: 'pending',
      departmentName: 'Utbildningsförvaltningen',
      projectTitle: project.title,
      requestedByName: 'Maja Lindqvist',
      currency: 'SEK',
    });

    // Karin Holm heads Utbildning and reads Swedish.
    const [asked] = await until(() => mailsAbout(demo.departmentHead, project.title), {
      what: 'the request email to the department head',
      ok: (m) => m.length === 1,
    });
    expect(asked.subject).toBe(`Medfinansiering att godkänna: ${project.title}`);
    // Amounts as Swedes write them, with no-break spaces so they never wrap.
    expect(asked.text?.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      '25 000 kr kontant och 5 000 kr i annat än pengar',
    );
    // It names who decides and by when: within delegation, five working days before the call closes.
    expect(asked.text).toContain('Förvaltningschefen beslutar på delegation');
    expect(asked.text).toContain('Beslutet behövs senast');
    expect(asked.text).toContain(`/approvals?request=${request.id}`);
    expect(asked.html).toContain(`/approvals?request=${request.id}`);

    const cardOf = async () =>
      ((await coordinator.get(`/api/board?q=${encodeURIComponent(project.title)}`)).body as Board).columns
        .flatMap((c) => c.cards)
        .find((c) => c.id === project.id);
    // The board knows too, so it can say why before a drop.
    expect((await cardOf())?.coFunding).toEqual({ asked: true, approved: false });
    const refused = await submit(project).expect(422);
    expect(refused.body.reasons.map((r: { code: string }) => r.code)).toEqual(['co_funding_not_approved']);

    const inbox: CoFundingRequest[] = (await head.get('/api/co-funding-requests?status=pending').expect(200))
      .body;
    expect(inbox.map((r) => r.id)).toContain(request.id);

    const approved: CoFundingRequest = (
      await head
        .post(`/api/co-funding-requests/${request.id}/decision`, {
          decision: 'approved',
          comment: 'Ryms i ramen för 2027.',
          version: request.version,
        })
        .expect(201)
    ).body;
    expect(approved).toMatchObject({
      status: 'approved',
      decidedByName: 'Karin Holm',
      decisionComment: 'Ryms i ramen för 2027.',
    });

    // The project lead and the coordinator hear of it, each in their own words.
    const [toLead] = await until(() => mailsAbout(demo.projectLead, project.title), {
      what: 'the approval email to the project lead',
      ok: (m) => m.length === 1,
    });
    expect(toLead.subject).toBe(`Medfinansieringen är godkänd: ${project.title}`);
    expect(toLead.text).toContain(`/projects/${project.id}`);
    await until(() => mailsAbout(demo.coordinator, project.title), {
      what: 'the approval email to the coordinator',
      ok: (m) => m.length === 1,
    });

    expect((await cardOf())?.coFunding).toEqual({ asked: true, approved: true });
    expect((await submit(project).expect(201)).body.stage).toBe('decision');

    const activity: ProjectActivity[] = (await coordinator.get(`/api/projects/${project.id}/activity`)).body;
    expect(activity.slice(0, 2).map((a) => [a.kind, a.subject, a.actorName, a.comment])).toEqual([
      ['co_funding_approved', 'Utbildningsförvaltningen', 'Karin Holm', 'Ryms i ramen för 2027.'],
      [
        'co_funding_requested',
        'Utbildningsförvaltningen',
        'Maja Lindqvist',
        'Ligger i förvaltningens verksamhetsplan.',
      ],
    ]);
  });

  it('asks a department once per project: again by changing that request, never a second one', async () => {
    const project = await readyApplication();
    const first: CoFundingRequest = (await ask(project).expect(201)).body;
    const again = await ask(project, { years: [{ year: 2027, cashMinor: 100, inKindMinor: 0 }] }).expect(409);
    expect(again.body.code).toBe('already_asked');
    expect(again.body.message).toContain(education.name);
    const [second] = await Promise.all([ask(project), ask(project)].map((r) => r.then((res) => res.status)));
    expect(second).toBe(409);
    const requests: CoFundingRequest[] = (
      await coordinator.get(`/api/projects/${project.id}/co-funding-requests`).expect(200)
    ).body;
    expect(requests.map((r) => r.id)).toEqual([first.id]);
    // Withdrawn, the department may be asked anew.
    await coordinator
      .post(`/api/co-funding-requests/${first.id}/withdraw`, { version: first.version })
      .expect(201);
    await ask(project).expect(201);

    // A closed project asks no one any more (closed here by SQL: the way there is the board's).
    await app
      .get(DataSource)
      .query(`UPDATE project SET stage = 'closed', outcome = 'withdrawn' WHERE id = $1`, [project.id]);
    const closed = await ask(project, {}).expect(409);
    expect(closed.body.code).toBe('project_closed');
  });

  it('needs a new approval when an approved amount changes', async () => {
    const project = await readyApplication();
    const request: CoFundingRequest = (await ask(project).expect(201)).body;
    const approved: CoFundingRequest = (
      await head
        .post(`/api/co-funding-requests/${request.id}/decision`, {
          decision: 'approved',
          comment: '',
          version: request.version,
        })
        .expect(201)
    ).body;
    // The justification alone changes nothing that was approved.
    const reworded: CoFundingRequest = (
      await coordinator
        .patch(`/api/co-funding-requests/${request.id}`, {
          justification: 'Tydligare motivering.',
          version: approved.version,
        })
        .expect(200)
    ).body;
    expect(reworded.status).toBe('approved');

    const changed: CoFundingRequest = (
      await coordinator
        .patch(`/api/co-funding-requests/${request.id}`, {
          years: [{ year: 2027, cashMinor: 3_000_000, inKindMinor: 0 }],
          version: reworded.version,
        })
        .expect(200)
    ).body;
    expect(changed).toMatchObject({ status: 'pending', decidedByName: null, decisionComment: null });
    expect((await submit(project).expect(422)).body.reasons[0].code).toBe('co_funding_not_approved');
    await until(() => mailsAbout(demo.departmentHead, project.title), {
      what: 'a second request email to the department head',
      ok: (m) => m.length === 2,
    });
  });

  it('keeps the version of a request edited to what it has: no activity, no mail; a stale version is still 409', async () => {
    const project = await readyApplication();
    const request: CoFundingRequest = (await ask(project).expect(201)).body;
    const approved: CoFundingRequest = (
      await head
        .post(`/api/co-funding-requests/${request.id}/decision`, {
          decision: 'approved',
          comment: 'Ja.',
          version: request.version,
        })
        .expect(201)
    ).body;
    // The outbox is written in the change's own transaction, so its rows are there when the answer is.
    const mailsWritten = async () =>
      Number(
        (
          await app
            .get(DataSource)
            .query(`SELECT count(*) AS n FROM mail_log WHERE subject LIKE '%' || $1 || '%'`, [project.title])
        )[0].n,
      );
    const activity = async () =>
      ((await coordinator.get(`/api/projects/${project.id}/activity`).expect(200)).body as ProjectActivity[])
        .length;
    const [mailsBefore, activityBefore] = [await mailsWritten(), await activity()];
    const stamp = await rowStamp(app, 'co_funding_request', request.id);
    const path = `/api/co-funding-requests/${request.id}`;

    expect((await coordinator.patch(path, { version: approved.version }).expect(200)).body).toEqual(approved);
    const everyField: CoFundingRequest = (
      await coordinator
        .patch(path, {
          // The same years in another order, and the justification as typed with spaces around it.
          years: [...approved.years].reverse(),
          justification: ` ${approved.justification} `,
          version: approved.version,
        })
        .expect(200)
    ).body;
    expect(everyField).toEqual(approved);
    expect(await rowStamp(app, 'co_funding_request', request.id)).toBe(stamp);
    expect(await activity()).toBe(activityBefore);
    expect(await mailsWritten()).toBe(mailsBefore);

    const stale = await coordinator.patch(path, { version: request.version }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', current: approved });

    const changed: CoFundingRequest = (
      await coordinator
        .patch(path, {
          years: [{ year: 2027, cashMinor: 1_000_000, inKindMinor: 0 }],
          version: approved.version,
        })
        .expect(200)
    ).body;
    expect(changed).toMatchObject({ status: 'pending', version: approved.version + 1 });
    expect(await activity()).toBe(activityBefore + 1);
    expect(await mailsWritten()).toBeGreaterThan(mailsBefore);
  });

  it('lets nobody decide on their own request, nor a head of another department', async () => {
    const project = await readyApplication();
    // An admin may decide for any department, but not on a request they made.
    const own: CoFundingRequest = (
      await admin
        .post(`/api/projects/${project.id}/co-funding-requests`, {
          departmentId: education.id,
          currency: 'EUR',
          years: [{ year: 2027, cashMinor: 100_000, inKindMinor: 0 }],
          justification: '',
        })
        .expect(201)
    ).body;
    const selfDecided = await admin
      .post(`/api/co-funding-requests/${own.id}/decision`, {
        decision: 'approved',
        comment: '',
        version: own.version,
      })
      .expect(403);
    expect(selfDecided.body.code).toBe('own_request');

    const email = `chef.${unique()}@demo.kommun.se`;
    await admin
      .post('/api/users', {
        name: 'Per Sjöberg',
        email,
        password: 'ett långt startlösenord',
        roles: ['department_head'],
        departmentIds: [social.id],
        language: 'nb',
      })
      .expect(201);
    const otherHead = await ApiClient.signedIn(app, email, 'ett långt startlösenord');
    const other = await otherHead
      .post(`/api/co-funding-requests/${own.id}/decision`, {
        decision: 'approved',
        comment: '',
        version: own.version,
      })
      .expect(404);
    expect(other.body.code).toBe('not_found');
    const theirInbox: CoFundingRequest[] = (await otherHead.get('/api/co-funding-requests?status=pending'))
      .body;
    expect(theirInbox.map((r) => r.departmentName)).not.toContain('Utbildningsförvaltningen');

    // A request to Social reaches Per, in Norwegian, and Karin cannot decide it.
    const toSocial: CoFundingRequest = (await ask(project, { departmentId: social.id }).expect(201)).body;
    const [norwegian] = await until(() => smtp.to(email), {
      what: 'the request email to the head of Social',
      ok: (m) => m.length === 1,
    });
    expect(norwegian.subject).toBe(`Medfinansiering til godkjenning: ${project.title}`);
    const karin = await head
      .post(`/api/co-funding-requests/${toSocial.id}/decision`, {
        decision: 'approved',
        comment: '',
        version: 1,
      })
      .expect(403);
    expect(karin.body.code).toBe('not_head_of_department');

    const unchanged: CoFundingRequest = (await coordinator.get(`/api/co-funding-requests/${own.id}`)).body;
    expect(unchanged.status).toBe('pending');
  });

  it('asks why when rejecting, and a decided request cannot be decided again', async () => {
    const project = await readyApplication();
    const request: CoFundingRequest = (await ask(project).expect(201)).body;
    const noReason = await head
      .post(`/api/co-funding-requests/${request.id}/decision`, {
        decision: 'rejected',
        comment: ' ',
        version: request.version,
      })
      .expect(422);
    expect(noReason.body.errors.comment).toBeDefined();
    const rejected: CoFundingRequest = (
      await head
        .post(`/api/co-funding-requests/${request.id}/decision`, {
          decision: 'rejected',
          comment: 'Inte inom ramen i år.',
          version: request.version,
        })
        .expect(201)
    ).body;
    expect(rejected.status).toBe('rejected');
    const again = await head
      .post(`/api/co-funding-requests/${request.id}/decision`, {
        decision: 'approved',
        comment: '',
        version: rejected.version,
      })
      .expect(409);
    expect(again.body.code).toBe('not_pending');
    const [toLead] = await until(() => mailsAbout(demo.projectLead, project.title), {
      what: 'the rejection email to the project lead',
      ok: (m) => m.length === 1,
    });
    expect(toLead.subject).toBe(`Medfinansieringen avslogs: ${project.title}`);
    expect(toLead.text).toContain('Inte inom ramen i år.');

    // A rejection stays on record: withdrawing it is refused. Asked again with new amounts and
    // approved, it no longer holds the application back.
    const refused = await coordinator
      .post(`/api/co-funding-requests/${request.id}/withdraw`, { version: rejected.version })
      .expect(409);
    expect(refused.body.code).toBe('rejected_not_withdrawn');
    const askedAgain: CoFundingRequest = (
      await coordinator
        .patch(`/api/co-funding-requests/${request.id}`, {
          version: rejected.version,
          years: [{ year: 2027, cashMinor: 1_000_000, inKindMinor: 0 }],
        })
        .expect(200)
    ).body;
    expect(askedAgain.status).toBe('pending');
    await head
      .post(`/api/co-funding-requests/${request.id}/decision`, {
        decision: 'approved',
        comment: '',
        version: askedAgain.version,
      })
      .expect(201);
    expect((await submit(project).expect(201)).body.stage).toBe('decision');
  });

  it.each([
    [{ years: [] }, 'years'],
    [{ years: [{ year: 2027, cashMinor: 0, inKindMinor: 0 }] }, 'years'],
    [
      {
        years: [
          { year: 2027, cashMinor: 1, inKindMinor: 0 },
          { year: 2027, cashMinor: 1, inKindMinor: 0 },
        ],
      },
      'years',
    ],
    [{ years: [{ year: 2027, cashMinor: -5, inKindMinor: 0 }] }, 'years'],
    [{ currency: 'DKK' }, 'currency'],
    [{ departmentId: '00000000-0000-4000-8000-000000000000' }, 'departmentId'],
  ])('refuses a request with %j, naming %s, and saves nothing', async (body, field) => {
    const project = await readyApplication();
    const response = await ask(project, body).expect(422);
    expect(JSON.stringify(response.body.errors)).toContain(field);
    expect((await coordinator.get(`/api/projects/${project.id}/co-funding-requests`)).body).toEqual([]);
  });

  it('sums what each department has approved and been asked for per budget year', async () => {
    const before = (await head.get('/api/co-funding/commitments').expect(200)).body as CoFundingCommitment[];
    const sekOf = (rows: CoFundingCommitment[], year: number) =>
      rows.find((r) => r.departmentId === education.id && r.year === year && r.currency === 'SEK');
    const project = await readyApplication();
    const request: CoFundingRequest = (await ask(project).expect(201)).body;
    const pending = (await head.get('/api/co-funding/commitments')).body as CoFundingCommitment[];
    expect((sekOf(pending, 2028)?.pendingCashMinor ?? 0) - (sekOf(before, 2028)?.pendingCashMinor ?? 0)).toBe(
      1_000_000,
    );
    await head
      .post(`/api/co-funding-requests/${request.id}/decision`, {
        decision: 'approved',
        comment: '',
        version: request.version,
      })
      .expect(201);
    const after = (await head.get('/api/co-funding/commitments')).body as CoFundingCommitment[];
    expect((sekOf(after, 2027)?.approvedCashMinor ?? 0) - (sekOf(before, 2027)?.approvedCashMinor ?? 0)).toBe(
      1_500_000,
    );
    expect(
      (sekOf(after, 2027)?.approvedInKindMinor ?? 0) - (sekOf(before, 2027)?.approvedInKindMinor ?? 0),
    ).toBe(500_000);
    // Karin sees only her own department's commitments.
    expect(new Set(after.map((r) => r.departmentName))).toEqual(new Set(['Utbildningsförvaltningen']));
  });
});
