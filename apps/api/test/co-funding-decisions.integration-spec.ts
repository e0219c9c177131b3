import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import {
  addCalendarDays,
  planCoFundingSchedule,
  zonedDay,
  type ChecklistItem,
  type CoFundingRequest,
  type DecisionBody,
  type Deadline,
  type DelegationLimit,
  type Department,
  type LedgerYear,
  type PlannedReminder,
  type Project,
} from '@gp/domain';
import { daysOffIn } from '@gp/domain/holidays';
import { ApiClient } from './support/api-client';
import { applicationTo, programmeWithTemplate } from './support/application';
import { createApp, createWorker } from './support/create-app';
import { demo } from './support/demo';
import { SmtpSink } from './support/smtp-sink';
import { until } from './support/until';

const ZONE = 'Europe/Stockholm';
const kr = (amount: number) => amount * 100;
const today = () => zonedDay(new Date(), ZONE);

/**
 * Who decides co-funding, and by when (issue 13): the route by the delegation rules, the dates
 * planned back from the call deadline over the bodies' meeting plans, the head's recommendation,
 * the body's decision recorded from its minutes, the extract item ticked, the ledger per year.
 */
describe('co-funding decisions by delegation and by the bodies that meet', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  let coordinator: ApiClient;
  let head: ApiClient;
  let admin: ApiClient;
  let departments: Department[];
  const department = (name: string) => departments.find((d) => d.name === name) as Department;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    ({ app } = await createApp());
    worker = await createWorker({ smtpUrl });
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    head = await ApiClient.signedIn(app, demo.departmentHead);
    admin = await ApiClient.signedIn(app, demo.admin);
    departments = (await coordinator.get('/api/departments').expect(200)).body;
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  const bodies = async (): Promise<DecisionBody[]> =>
    (await coordinator.get('/api/decision-bodies').expect(200)).body;

  /** An application of the department to a call of a programme of its own, with an extract-of-minutes line. */
  async function applicationClosing(deadlineLocal: string, departmentName = 'Utbildningsförvaltningen') {
    const { call, programme } = await programmeWithTemplate(
      coordinator,
      [{ title: 'Budget' }, { title: 'Utdrag ur protokoll om medfinansiering', isMinutesExtract: true }],
      deadlineLocal,
    );
    const people: Array<{ id: string; name: string }> = (await coordinator.get('/api/people')).body;
    const jonas = people.find((p) => p.name === 'Jonas Ek')?.id;
    return applicationTo(coordinator, department(departmentName), programme, call, { projectLeadId: jonas });
  }

  const ask = async (project: Project, departmentName: string, years: Array<[number, number]>) =>
    (
      await coordinator
        .post(`/api/projects/${project.id}/co-funding-requests`, {
          departmentId: department(departmentName).id,
          currency: 'SEK',
          years: years.map(([year, amount]) => ({ year, cashMinor: kr(amount), inKindMinor: 0 })),
          justification: 'Ligger i förvaltningens verksamhetsplan.',
        })
        .expect(201)
    ).body as CoFundingRequest;

  it('routes 1,200,000 kr over four budget years to the municipal board, plans its meeting, and records its decision from the minutes', async () => {
    const year = Number(today().slice(0, 4)) + 1;
    const project = await applicationClosing(`${year}-05-20T12:00`);
    const ledgerBefore: LedgerYear[] = (await coordinator.get('/api/co-funding/ledger').expect(200)).body;
    const request = await ask(project, 'Utbildningsförvaltningen', [
      [year, 300_000],
      [year + 1, 300_000],
      [year + 2, 300_000],
      [year + 3, 300_000],
    ]);

    // The route, and the meeting whose approved minutes leave the application its five working days.
    expect(request.route).toMatchObject({
      route: 'municipal_board',
      reason: 'spans_years',
      totalMinor: kr(1_200_000),
    });
    const board = (await bodies()).find((b) => b.kind === 'municipal_board') as DecisionBody;
    const expected = planCoFundingSchedule({
      route: 'municipal_board',
      callDeadlineOn: `${year}-05-20`,
      extractWorkingDays: 5,
      body: board,
      today: today(),
      isDayOff: daysOffIn('SE'),
    });
    expect(expected.meeting).not.toBeNull();
    expect(request.plan).toMatchObject({ ...expected, bodyId: board.id, bodyName: 'Kommunstyrelsen' });
    const meeting = request.plan.meeting as NonNullable<CoFundingRequest['plan']['meeting']>;
    expect(meeting.minutesApprovedOn <= (request.plan.decisionNeededBy as string)).toBe(true);
    // No later meeting of the plan would do: its minutes would come too late.
    const later = board.meetings.filter((m) => m > meeting.meetsOn);
    if (later.length) expect(expected.meeting?.meetsOn).toBe(meeting.meetsOn);

    // The officer's report day and the meeting are deadlines, with reminders planned for them.
    const deadlines: Deadline[] = (await coordinator.get(`/api/projects/${project.id}/deadlines`).expect(200))
      .body;
    expect(deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'co_funding_report', dueOn: meeting.reportDueOn, status: 'open' }),
        expect.objectContaining({ kind: 'co_funding_meeting', dueOn: meeting.meetsOn, status: 'open' }),
        expect.objectContaining({ kind: 'co_funding', dueOn: request.plan.decisionNeededBy, status: 'open' }),
      ]),
    );
    const planned: PlannedReminder[] = (
      await coordinator.get(`/api/reminders/planned?projectId=${project.id}`).expect(200)
    ).body;
    expect(planned.some((r) => r.kind === 'co_funding_report' && r.dueOn === meeting.reportDueOn)).toBe(true);

    // The head cannot approve, and is told why: the years and the route.
    const refused = await head
      .post(`/api/co-funding-requests/${request.id}/decision`, {
        decision: 'approved',
        comment: '',
        version: request.version,
      })
      .expect(403);
    expect(refused.body.code).toBe('above_delegation');
    expect(refused.body.message).toContain('Kommunstyrelsen');
    expect(refused.body.message).toContain('more than 3 budget years');

    // The head recommends; the coordinator records the board's decision.
    const recommended: CoFundingRequest = (
      await head
        .post(`/api/co-funding-requests/${request.id}/recommendation`, {
          recommendation: 'for',
          comment: 'Stärker skolornas internationella arbete.',
          version: request.version,
        })
        .expect(201)
    ).body;
    expect(recommended).toMatchObject({
      recommendation: 'for',
      recommendedByName: 'Karin Holm',
      status: 'pending',
    });

    // Bad minutes are refused with the field named, and change nothing.
    const record = (body: Record<string, unknown>) =>
      coordinator.post(`/api/co-funding-requests/${request.id}/body-decision`, {
        decision: 'approved',
        urgent: false,
        meetsOn: today(),
        paragraph: '§ 45',
        caseNumber: 'KS 2026/123',
        comment: '',
        version: recommended.version,
        ...body,
      });
    for (const [body, field] of [
      [{ paragraph: 'paragraf fyrtiofem' }, 'paragraph'],
      [{ caseNumber: '26/01234' }, 'caseNumber'],
      [{ meetsOn: addCalendarDays(today(), 7) }, 'meetsOn'],
      [{ meetsOn: '2027-02-30' }, 'meetsOn'],
    ] as const) {
      const answer = await record(body).expect(422);
      expect(Object.keys(answer.body.errors)).toEqual([field]);
    }
    expect((await coordinator.get(`/api/co-funding-requests/${request.id}`).expect(200)).body).toMatchObject({
      status: 'pending',
      version: recommended.version,
    });
    await head
      .post(`/api/co-funding-requests/${request.id}/body-decision`, {
        decision: 'approved',
        urgent: false,
        meetsOn: today(),
        paragraph: '§ 45',
        caseNumber: 'KS 2026/123',
        comment: '',
        version: recommended.version,
      })
      .expect(403);

    const decided: CoFundingRequest = (await record({}).expect(201)).body;
    expect(decided).toMatchObject({
      status: 'approved',
      decidedAs: 'body',
      minutes: {
        bodyName: 'Kommunstyrelsen',
        meetsOn: today(),
        paragraph: '§ 45',
        caseNumber: 'KS 2026/123',
      },
    });

    // The extract item on the checklist is ticked, with § and case number.
    const checklist: ChecklistItem[] = (
      await coordinator.get(`/api/projects/${project.id}/checklist`).expect(200)
    ).body;
    const extract = checklist.find((i) => i.id === decided.extractItemId);
    expect(extract).toMatchObject({
      title: 'Utdrag ur protokoll om medfinansiering',
      comment: '§ 45, KS 2026/123',
    });
    expect(extract?.doneAt).not.toBeNull();

    // The requester and the project lead are emailed the decision, with the minutes.
    const [mail] = await until(
      () => smtp.to(demo.projectLead).filter((m) => (m.subject ?? '').includes(project.title)),
      { what: 'the decision email to the project lead', ok: (mails) => mails.length > 0 },
    );
    expect(mail?.subject).toBe(`Medfinansieringen är godkänd: ${project.title}`);
    expect(mail?.text).toContain('Kommunstyrelsen har godkänt');
    expect(mail?.text).toContain('§ 45, diarienummer KS 2026/123');

    // The ledger shows each year's amount against that year's frame.
    const ledgerAfter: LedgerYear[] = (await coordinator.get('/api/co-funding/ledger').expect(200)).body;
    const row = (ledger: LedgerYear[], y: number) =>
      ledger.find(
        (r) => r.departmentName === 'Utbildningsförvaltningen' && r.year === y && r.currency === 'SEK',
      );
    for (const y of [year, year + 1, year + 2, year + 3]) {
      const before = row(ledgerBefore, y);
      const after = row(ledgerAfter, y) as LedgerYear;
      expect(after.approvedMinor - (before?.approvedMinor ?? 0)).toBe(kr(300_000));
      if (after.frameMinor !== null)
        expect(after.remainingMinor).toBe(after.frameMinor - (after.approvedMinor - after.releasedMinor));
    }
    expect(row(ledgerAfter, year)?.frameMinor).toBe(kr(500_000));

    // New amounts need new advice and a new decision: the minutes decided other money.
    const changed: CoFundingRequest = (
      await coordinator
        .patch(`/api/co-funding-requests/${request.id}`, {
          years: [{ year, cashMinor: kr(250_000), inKindMinor: 0 }],
          version: decided.version,
        })
        .expect(200)
    ).body;
    expect(changed).toMatchObject({
      status: 'pending',
      decidedAs: null,
      minutes: null,
      recommendation: null,
    });
  });

  it('leaves 40,000 kr for one year to the head, and lists the decision for the committee’s next meeting', async () => {
    const year = Number(today().slice(0, 4)) + 1;
    const project = await applicationClosing(`${year}-09-15T12:00`);
    const request = await ask(project, 'Utbildningsförvaltningen', [[year, 40_000]]);
    expect(request.route).toMatchObject({
      route: 'head',
      reason: 'within_head_limit',
      headLimitMinor: kr(100_000),
    });
    expect(request.plan).toMatchObject({ meeting: null, problem: null });
    // The head may not recommend what is theirs to decide.
    await head
      .post(`/api/co-funding-requests/${request.id}/recommendation`, {
        recommendation: 'for',
        comment: '',
        version: request.version,
      })
      .expect(403);
    const approved: CoFundingRequest = (
      await head
        .post(`/api/co-funding-requests/${request.id}/decision`, {
          decision: 'approved',
          comment: '',
          version: request.version,
        })
        .expect(201)
    ).body;
    expect(approved).toMatchObject({ status: 'approved', decidedAs: 'head' });

    const delegated = (
      await head
        .get(`/api/co-funding/delegated-decisions?departmentId=${department('Utbildningsförvaltningen').id}`)
        .expect(200)
    ).body as { bodyName: string; nextMeetingOn: string; decisions: CoFundingRequest[] };
    expect(delegated.bodyName).toBe('Barn- och utbildningsnämnden');
    expect(delegated.nextMeetingOn >= today()).toBe(true);
    expect(delegated.decisions.map((d) => d.id)).toContain(request.id);
  });

  it('warns when the call closes before any meeting fits, and takes the chair’s urgent decision', async () => {
    const technical = (await bodies()).find((b) => b.name === 'Tekniska nämnden') as DecisionBody;
    // This committee meets in three and in seven weeks; the call closes in two.
    const meetings = [addCalendarDays(today(), 21), addCalendarDays(today(), 49)];
    await admin
      .patch(`/api/decision-bodies/${technical.id}`, { meetings, version: technical.version })
      .expect(200);
    const project = await applicationClosing(
      `${addCalendarDays(today(), 14)}T12:00`,
      'Tekniska förvaltningen',
    );
    const request = await ask(project, 'Tekniska förvaltningen', [
      [Number(today().slice(0, 4)) + 1, 150_000],
    ]);
    expect(request.route).toMatchObject({ route: 'committee', reason: 'above_head_limit' });
    expect(request.plan).toMatchObject({
      bodyName: 'Tekniska nämnden',
      meeting: null,
      problem: 'no_meeting_fits',
      nextMeeting: { meetsOn: meetings[0] },
    });
    const urgent: CoFundingRequest = (
      await coordinator
        .post(`/api/co-funding-requests/${request.id}/body-decision`, {
          decision: 'approved',
          urgent: true,
          meetsOn: today(),
          paragraph: '§ 3',
          caseNumber: 'TN 2026/77',
          comment: 'Ordförandebeslut: ärendet kunde inte vänta till nämndens sammanträde.',
          version: request.version,
        })
        .expect(201)
    ).body;
    expect(urgent).toMatchObject({
      status: 'approved',
      decidedAs: 'chair_urgent',
      minutes: { paragraph: '§ 3' },
    });
  });

  it('lets the head open, read-only, the project of another department that asks theirs', async () => {
    const year = Number(today().slice(0, 4)) + 1;
    const project = await applicationClosing(`${year}-10-01T12:00`, 'Socialförvaltningen');
    await head.get(`/api/projects/${project.id}`).expect(404);
    await ask(project, 'Utbildningsförvaltningen', [[year, 20_000]]);
    const seen: Project = (await head.get(`/api/projects/${project.id}`).expect(200)).body;
    expect(seen.title).toBe(project.title);
    await head.patch(`/api/projects/${project.id}`, { title: 'Ändrad', version: seen.version }).expect(403);
  });

  it('refuses bad plans and limits with the field named, and changes nothing', async () => {
    const [body] = await bodies();
    const yesterday = addCalendarDays(today(), -1);
    const past = await admin
      .patch(`/api/decision-bodies/${body.id}`, {
        meetings: [...body.meetings, yesterday],
        version: body.version,
      })
      .expect(422);
    expect(past.body.errors).toEqual({ meetings: [expect.stringContaining(yesterday)] });
    const limits: DelegationLimit[] = (await admin.get('/api/delegation-limits').expect(200)).body;
    const below = await admin
      .put(`/api/departments/${limits[0].departmentId}/delegation`, {
        headLimitMinor: -1,
        currency: 'SEK',
        boardAfterYears: 3,
        version: limits[0].version,
      })
      .expect(422);
    expect(Object.keys(below.body.errors)).toEqual(['headLimitMinor']);
    expect((await bodies()).find((b) => b.id === body.id)?.version).toBe(body.version);
    await coordinator
      .patch(`/api/decision-bodies/${body.id}`, { name: 'Ny nämnd', version: body.version })
      .expect(403);
  });
});
