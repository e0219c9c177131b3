import { daysOffIn } from '../../holidays';
import { addWorkingDays, workingDayOnOrBefore } from '../time/working-days';
import { planCoFundingSchedule, type ScheduleInput } from './back-planning';
import { routeCoFunding } from './delegation-route';
import { isCaseNumber, isMinutesParagraph } from './minutes-reference';
import { approvedMoneyState, coFundingLedger, yearsOverFrame } from './co-funding-ledger';
import {
  coFundingBodyDecisionBar,
  coFundingCommentMissing,
  coFundingDecisionBar,
  coFundingRecommendationBar,
} from './co-funding-rules';

const SE = daysOffIn('SE');
const NO = daysOffIn('NO');
const kr = (n: number) => n * 100;
const year = (y: number, amount: number) => ({ year: y, cashMinor: kr(amount), inKindMinor: 0 });
const limit = { headLimitMinor: kr(100_000), currency: 'SEK' as const, boardAfterYears: 3 };

describe('working days in Sweden and Norway', () => {
  it('counts past Easter: Maundy Thursday is a working day in Sweden, a day off in Norway', () => {
    expect(addWorkingDays('2027-03-24', 2, SE)).toBe('2027-03-30');
    expect(addWorkingDays('2027-03-24', 2, NO)).toBe('2027-03-31');
  });

  it('counts past midsummer: midsommarafton is off in Sweden, sankthansaften is not in Norway', () => {
    expect(addWorkingDays('2027-06-23', 2, SE)).toBe('2027-06-28');
    expect(addWorkingDays('2027-06-23', 2, NO)).toBe('2027-06-25');
    expect(workingDayOnOrBefore('2027-06-27', SE)).toBe('2027-06-24');
  });

  it('counts across the year end, past nyårsafton, the weekend and trettondedag jul', () => {
    expect(addWorkingDays('2027-12-27', 3, SE)).toBe('2027-12-30');
    expect(addWorkingDays('2027-12-27', 4, SE)).toBe('2028-01-03');
    expect(addWorkingDays('2028-01-11', -5, SE)).toBe('2028-01-03');
  });
});

describe('routeCoFunding', () => {
  it('sends 1,200,000 kr over four budget years to the municipal board', () => {
    const route = routeCoFunding(
      { currency: 'SEK', years: [2027, 2028, 2029, 2030].map((y) => year(y, 300_000)) },
      limit,
      1,
    );
    expect(route).toMatchObject({
      route: 'municipal_board',
      reason: 'spans_years',
      totalMinor: kr(1_200_000),
    });
  });

  it('leaves a one-year 40,000 kr request, and one exactly at the limit, to the head', () => {
    expect(routeCoFunding({ currency: 'SEK', years: [year(2027, 40_000)] }, limit, 1).route).toBe('head');
    expect(routeCoFunding({ currency: 'SEK', years: [year(2027, 100_000)] }, limit, 1).route).toBe('head');
  });

  it('sends a request above the limit, in another currency, or without a limit to the committee', () => {
    expect(routeCoFunding({ currency: 'SEK', years: [year(2027, 100_001)] }, limit, 1)).toMatchObject({
      route: 'committee',
      reason: 'above_head_limit',
    });
    expect(routeCoFunding({ currency: 'EUR', years: [year(2027, 4_000)] }, limit, 1).reason).toBe(
      'other_currency',
    );
    expect(routeCoFunding({ currency: 'SEK', years: [year(2027, 1)] }, null, 1).reason).toBe('no_head_limit');
  });

  it('counts in-kind amounts and only years that ask for something', () => {
    const years = [2027, 2028, 2029]
      .map((y) => year(y, 10_000))
      .concat([{ year: 2030, cashMinor: 0, inKindMinor: 0 }]);
    expect(routeCoFunding({ currency: 'SEK', years }, limit, 1).route).toBe('head');
    const inKind = [{ year: 2027, cashMinor: kr(60_000), inKindMinor: kr(60_000) }];
    expect(routeCoFunding({ currency: 'SEK', years: inKind }, limit, 1).route).toBe('committee');
  });

  it('sends a project asking more than one department to the municipal board', () => {
    expect(routeCoFunding({ currency: 'SEK', years: [year(2027, 10_000)] }, limit, 2)).toMatchObject({
      route: 'municipal_board',
      reason: 'several_departments',
    });
  });
});

describe('planCoFundingSchedule', () => {
  const board = {
    reportDaysBefore: 21,
    minutesWorkingDays: 3,
    meetings: ['2027-03-30', '2027-04-20', '2027-05-11', '2027-06-08'],
  };
  const base: ScheduleInput = {
    route: 'municipal_board',
    callDeadlineOn: '2027-05-20',
    extractWorkingDays: 5,
    body: board,
    today: '2027-01-15',
    isDayOff: SE,
  };

  it('picks the last meeting whose approved minutes leave the application its working days', () => {
    expect(planCoFundingSchedule(base)).toEqual({
      decisionNeededBy: '2027-05-13',
      meeting: {
        meetsOn: '2027-04-20',
        reportDueOn: '2027-03-30',
        minutesApprovedOn: '2027-04-23',
        reportLate: false,
      },
      nextMeeting: null,
      problem: null,
    });
  });

  it('takes a meeting whose minutes are approved on the very day the decision is needed', () => {
    const plan = planCoFundingSchedule({ ...base, body: { ...board, minutesWorkingDays: 2 } });
    expect(plan.meeting?.meetsOn).toBe('2027-05-11');
    expect(plan.meeting?.minutesApprovedOn).toBe('2027-05-13');
  });

  it('counts the same call differently in Norway, where 17 May and Whit Monday are off', () => {
    expect(planCoFundingSchedule({ ...base, isDayOff: NO }).decisionNeededBy).toBe('2027-05-12');
  });

  it('moves a report day that falls on Easter Monday to the working day before, per country', () => {
    const easter = { ...board, reportDaysBefore: 22 };
    expect(planCoFundingSchedule({ ...base, body: easter }).meeting?.reportDueOn).toBe('2027-03-25');
    expect(planCoFundingSchedule({ ...base, body: easter, isDayOff: NO }).meeting?.reportDueOn).toBe(
      '2027-03-24',
    );
  });

  it('plans across the year end', () => {
    const plan = planCoFundingSchedule({
      ...base,
      callDeadlineOn: '2028-01-11',
      body: { ...board, meetings: ['2027-12-14', '2027-12-21', '2028-01-18'] },
      today: '2027-10-01',
    });
    expect(plan.decisionNeededBy).toBe('2028-01-03');
    expect(plan.meeting).toMatchObject({
      meetsOn: '2027-12-21',
      minutesApprovedOn: '2027-12-27',
      reportDueOn: '2027-11-30',
    });
  });

  it('says no meeting fits and names the next one when the call closes before any', () => {
    const plan = planCoFundingSchedule({
      ...base,
      callDeadlineOn: '2027-04-15',
      body: { ...board, meetings: ['2027-04-20', '2027-05-11'] },
    });
    expect(plan).toMatchObject({ decisionNeededBy: '2027-04-08', meeting: null, problem: 'no_meeting_fits' });
    expect(plan.nextMeeting?.meetsOn).toBe('2027-04-20');
  });

  it('leaves out meetings already held and flags a report day already passed', () => {
    expect(planCoFundingSchedule({ ...base, today: '2027-04-21' })).toMatchObject({
      meeting: null,
      problem: 'no_meeting_fits',
      nextMeeting: { meetsOn: '2027-05-11' },
    });
    expect(planCoFundingSchedule({ ...base, today: '2027-04-01' }).meeting).toMatchObject({
      meetsOn: '2027-04-20',
      reportLate: true,
    });
  });

  it('names the problem without a call deadline, a plan, or time', () => {
    expect(planCoFundingSchedule({ ...base, callDeadlineOn: null }).problem).toBe('no_call_deadline');
    expect(planCoFundingSchedule({ ...base, body: { ...board, meetings: [] } }).problem).toBe(
      'no_meeting_planned',
    );
    expect(planCoFundingSchedule({ ...base, today: '2027-05-14' }).problem).toBe('decision_date_passed');
  });

  it('gives the head only the day the decision is needed by', () => {
    expect(planCoFundingSchedule({ ...base, route: 'head' })).toEqual({
      decisionNeededBy: '2027-05-13',
      meeting: null,
      nextMeeting: null,
      problem: null,
    });
  });
});

describe('minutes references', () => {
  it('accepts each country’s paragraph and case number and refuses other shapes', () => {
    expect(isMinutesParagraph('§ 45', 'SE')).toBe(true);
    expect(isMinutesParagraph('PS 45/26', 'SE')).toBe(false);
    expect(isMinutesParagraph('PS 45/26', 'NO')).toBe(true);
    expect(isCaseNumber('KS 2026/123', 'SE')).toBe(true);
    expect(isCaseNumber('26/01234', 'SE')).toBe(false);
    expect(isCaseNumber('26/01234', 'NO')).toBe(true);
    expect(isCaseNumber('2026/1234-3', 'NO')).toBe(true);
    expect(isCaseNumber('hello', 'NO')).toBe(false);
  });
});

describe('the ledger', () => {
  const dept = { departmentId: 'd1', departmentName: 'Utbildning' };
  const frames = [2027, 2028].map((y) => ({
    ...dept,
    year: y,
    amountMinor: kr(500_000),
    currency: 'SEK' as const,
  }));
  const request = (
    status: 'pending' | 'approved',
    stage: 'application' | 'running' | 'closed',
    outcome: null | 'granted' | 'rejected',
    amount: number,
  ) => ({
    ...dept,
    currency: 'SEK' as const,
    status,
    years: [year(2027, amount)],
    project: { stage, outcome },
  });

  it('splits approved money into committed and released by what became of the project', () => {
    expect(approvedMoneyState({ stage: 'running', outcome: 'granted' })).toBe('committed');
    expect(approvedMoneyState({ stage: 'closed', outcome: 'rejected' })).toBe('released');
    expect(approvedMoneyState({ stage: 'application', outcome: null })).toBe('approved');
  });

  it('keeps each year against its frame, and leaves released money in the frame', () => {
    const ledger = coFundingLedger(frames, [
      request('approved', 'running', 'granted', 200_000),
      request('approved', 'closed', 'rejected', 100_000),
      request('approved', 'application', null, 50_000),
      request('pending', 'application', null, 400_000),
    ]);
    expect(ledger[0]).toMatchObject({
      year: 2027,
      frameMinor: kr(500_000),
      pendingMinor: kr(400_000),
      approvedMinor: kr(350_000),
      committedMinor: kr(200_000),
      releasedMinor: kr(100_000),
      remainingMinor: kr(250_000),
    });
    expect(ledger[1]).toMatchObject({ year: 2028, remainingMinor: kr(500_000), approvedMinor: 0 });
    expect(
      yearsOverFrame(
        { departmentId: 'd1', currency: 'SEK', years: [year(2027, 300_000), year(2028, 300_000)] },
        ledger,
      ),
    ).toEqual([2027]);
  });

  it('gives money in another currency a row of its own, with no frame', () => {
    const ledger = coFundingLedger(frames, [
      { ...request('approved', 'application', null, 1_000), currency: 'EUR' },
    ]);
    expect(ledger.find((r) => r.currency === 'EUR')).toMatchObject({
      frameMinor: null,
      remainingMinor: null,
      approvedMinor: kr(1_000),
    });
  });
});

describe('who decides', () => {
  const head = { id: 'h', roles: ['department_head' as const], departmentIds: ['d1'] };
  const request = (route: 'head' | 'committee') => ({
    departmentId: 'd1',
    requestedById: 'x',
    status: 'pending' as const,
    route: { route },
  });

  it('lets the head approve within delegation and only recommend above it', () => {
    expect(coFundingDecisionBar(head, request('head'))).toBeNull();
    expect(coFundingDecisionBar(head, request('committee'))).toBe('above_delegation');
    expect(coFundingRecommendationBar(head, request('committee'))).toBeNull();
    expect(coFundingRecommendationBar(head, request('head'))).toBe('within_delegation');
  });

  it('lets a coordinator or admin record the body’s decision, never a head or project lead', () => {
    expect(coFundingBodyDecisionBar({ roles: ['coordinator'] }, request('committee'))).toBeNull();
    expect(coFundingBodyDecisionBar({ roles: ['department_head'] }, request('committee'))).toBe(
      'not_recorder',
    );
    expect(coFundingBodyDecisionBar({ roles: ['admin'] }, request('head'))).toBe('within_delegation');
  });
});

describe('coFundingCommentMissing', () => {
  it('asks a reason of a no, never of a yes', () => {
    expect(coFundingCommentMissing('rejected', '  ')).toBe(true);
    expect(coFundingCommentMissing('against', '')).toBe(true);
    expect(coFundingCommentMissing('approved', '')).toBe(false);
    expect(coFundingCommentMissing('for', '')).toBe(false);
    expect(coFundingCommentMissing('rejected', 'Ryms inte i ramen.')).toBe(false);
  });
});
