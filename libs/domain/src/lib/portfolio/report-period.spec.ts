import { inPipelineOf, isInPeriod, monthOf, ranDuring, reportPeriodProblem } from './report-period';

describe('reportPeriodProblem', () => {
  it('takes a period of up to ten years', () => {
    expect(reportPeriodProblem('2027-01-01', '2027-12-31')).toBeNull();
    expect(reportPeriodProblem('2027-03-01', '2027-03-01')).toBeNull();
    expect(reportPeriodProblem('2020-01-01', '2029-12-31')).toBeNull();
  });

  it('names the parameter that is wrong', () => {
    expect(reportPeriodProblem('2027-02-30', '2027-03-01')?.field).toBe('from');
    expect(reportPeriodProblem(undefined, '2027-03-01')?.field).toBe('from');
    expect(reportPeriodProblem('2027-01-01', '27-03-01')?.field).toBe('to');
    expect(reportPeriodProblem('2027-03-02', '2027-03-01')).toEqual({ field: 'to', message: 'to must be on or after from' });
    expect(reportPeriodProblem('2020-01-01', '2030-01-01')?.field).toBe('to');
  });
});

describe('the period', () => {
  it('includes both its days', () => {
    const period = { from: '2027-01-01', to: '2027-06-30' };
    expect(isInPeriod('2027-01-01', period)).toBe(true);
    expect(isInPeriod('2027-06-30', period)).toBe(true);
    expect(isInPeriod('2027-07-01', period)).toBe(false);
    expect(monthOf('2027-06-30')).toBe('2027-06-01');
  });

  it('counts projects running during any part of it', () => {
    const period = { from: '2027-01-01', to: '2027-12-31' };
    const running = { stage: 'running' as const, outcome: 'granted' as const, plannedStart: '2026-09-01', plannedEnd: '2027-02-28' };
    expect(ranDuring(running, period)).toBe(true);
    expect(ranDuring({ ...running, plannedEnd: '2026-12-31' }, period)).toBe(false);
    expect(ranDuring({ ...running, plannedStart: '2028-01-01', plannedEnd: null }, period)).toBe(false);
    expect(ranDuring({ ...running, plannedStart: null, plannedEnd: null }, period)).toBe(true);
    expect(ranDuring({ ...running, stage: 'closed', outcome: 'completed' }, period)).toBe(true);
    expect(ranDuring({ ...running, stage: 'closed', outcome: 'ended_early' }, period)).toBe(true);
    expect(ranDuring({ ...running, stage: 'decision', outcome: 'granted' }, period)).toBe(false);
    expect(ranDuring({ ...running, stage: 'closed', outcome: 'withdrawn' }, period)).toBe(false);
  });
});

describe('inPipelineOf', () => {
  const period = { from: '2027-01-01', to: '2027-12-31' };
  it('keeps projects on the desk during the period, as they stand now', () => {
    expect(inPipelineOf({ enteredOn: '2026-05-01', stage: 'running', closedOn: null }, period)).toBe(true);
    expect(inPipelineOf({ enteredOn: '2028-01-01', stage: 'idea', closedOn: null }, period)).toBe(false);
    expect(inPipelineOf({ enteredOn: '2026-05-01', stage: 'closed', closedOn: '2026-12-31' }, period)).toBe(false);
    expect(inPipelineOf({ enteredOn: '2026-05-01', stage: 'closed', closedOn: '2027-01-01' }, period)).toBe(true);
    expect(inPipelineOf({ enteredOn: '2026-05-01', stage: 'closed', closedOn: null }, period)).toBe(true);
  });
});
