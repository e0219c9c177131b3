import { wantedDeadlines, type DeadlineFacts } from './wanted-deadlines';

const ZONE = 'Europe/Stockholm';

/** A request the desk could not plan (no delegation or meeting plan): its decision falls due with the call. */
const unplanned = { decisionNeededBy: null, bodyName: null, meeting: null };

/** An application to a call closing 5 March 2027 at 12:00 Brussels time (11:00 UTC). */
const applying: DeadlineFacts = {
  stage: 'application',
  title: 'Lärare lär av lärare',
  plannedEnd: '2028-08-31',
  interimReportOn: '2028-01-31',
  finalReportOn: '2028-10-31',
  call: { title: 'KA1 2027', deadline: '2027-03-05T11:00:00.000Z' },
  checklist: [
    { id: 'budget', title: 'Budget', due: { kind: 'before_deadline', days: 14 }, done: false },
    { id: 'letters', title: 'Partnerbrev', due: { kind: 'fixed', on: '2027-02-01' }, done: true },
    { id: 'undated', title: 'Förankra', due: null, done: false },
  ],
  coFunding: [
    { id: 'pending', status: 'pending', departmentName: 'Utbildningsförvaltningen', ...unplanned },
    { id: 'approved', status: 'approved', departmentName: 'Kulturförvaltningen', ...unplanned },
    { id: 'withdrawn', status: 'withdrawn', departmentName: 'Socialförvaltningen', ...unplanned },
  ],
};

describe('wantedDeadlines', () => {
  it('gives an application its call deadline, dated checklist items and co-funding decisions', () => {
    expect(wantedDeadlines(applying, ZONE)).toEqual([
      {
        kind: 'call',
        sourceKey: '',
        title: 'KA1 2027',
        dueAt: '2027-03-05T11:00:00.000Z',
        dueOn: '2027-03-05',
        status: 'open',
      },
      {
        kind: 'checklist_item',
        sourceKey: 'budget',
        title: 'Budget',
        dueAt: null,
        dueOn: '2027-02-19',
        status: 'open',
      },
      {
        kind: 'checklist_item',
        sourceKey: 'letters',
        title: 'Partnerbrev',
        dueAt: null,
        dueOn: '2027-02-01',
        status: 'done',
      },
      {
        kind: 'co_funding',
        sourceKey: 'pending',
        title: 'Utbildningsförvaltningen',
        dueAt: null,
        dueOn: '2027-03-05',
        status: 'open',
      },
      {
        kind: 'co_funding',
        sourceKey: 'approved',
        title: 'Kulturförvaltningen',
        dueAt: null,
        dueOn: '2027-03-05',
        status: 'done',
      },
    ]);
  });

  it('plans a body’s decision back from the call: the officer’s report, the meeting, the day it is needed by', () => {
    const planned = {
      ...applying,
      coFunding: [
        {
          id: 'board',
          status: 'pending' as const,
          departmentName: 'Utbildningsförvaltningen',
          decisionNeededBy: '2027-02-26',
          bodyName: 'Kommunstyrelsen',
          meeting: { meetsOn: '2027-02-16', reportDueOn: '2027-01-26' },
        },
      ],
    };
    expect(wantedDeadlines(planned, ZONE).filter((d) => d.sourceKey === 'board')).toEqual([
      {
        kind: 'co_funding',
        sourceKey: 'board',
        title: 'Utbildningsförvaltningen',
        dueAt: null,
        dueOn: '2027-02-26',
        status: 'open',
      },
      {
        kind: 'co_funding_report',
        sourceKey: 'board',
        title: 'Utbildningsförvaltningen: Kommunstyrelsen',
        dueAt: null,
        dueOn: '2027-01-26',
        status: 'open',
      },
      {
        kind: 'co_funding_meeting',
        sourceKey: 'board',
        title: 'Utbildningsförvaltningen: Kommunstyrelsen',
        dueAt: null,
        dueOn: '2027-02-16',
        status: 'open',
      },
    ]);
    const decided = { ...planned, coFunding: [{ ...planned.coFunding[0], status: 'approved' as const }] };
    expect(
      wantedDeadlines(decided, ZONE)
        .filter((d) => d.sourceKey === 'board')
        .map((d) => d.kind),
    ).toEqual(['co_funding']);
  });

  it('asks no co-funding decision by a date while no call is chosen', () => {
    const noCall = wantedDeadlines({ ...applying, call: null }, ZONE);
    expect(noCall.map((d) => d.kind)).toEqual(['checklist_item']);
    expect(noCall[0]).toMatchObject({ sourceKey: 'letters', dueOn: '2027-02-01' });
  });

  it('marks the call deadline met once the application is submitted, and wants nothing else', () => {
    expect(wantedDeadlines({ ...applying, stage: 'decision' }, ZONE)).toEqual([
      expect.objectContaining({ kind: 'call', status: 'done' }),
    ]);
  });

  it('follows a running project by its report dates and end', () => {
    expect(wantedDeadlines({ ...applying, stage: 'running', interimReportOn: null }, ZONE)).toEqual([
      {
        kind: 'final_report',
        sourceKey: '',
        title: 'Lärare lär av lärare',
        dueAt: null,
        dueOn: '2028-10-31',
        status: 'open',
      },
      {
        kind: 'project_end',
        sourceKey: '',
        title: 'Lärare lär av lärare',
        dueAt: null,
        dueOn: '2028-08-31',
        status: 'open',
      },
    ]);
  });

  it('wants no deadline of an idea or a closed project', () => {
    expect(wantedDeadlines({ ...applying, stage: 'idea' }, ZONE)).toEqual([]);
    expect(wantedDeadlines({ ...applying, stage: 'closed' }, ZONE)).toEqual([]);
  });
});
