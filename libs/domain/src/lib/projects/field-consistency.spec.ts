import type { ProjectBudget } from './project.contract';
import {
  budgetProblems,
  grantedAboveRequested,
  projectDateProblems,
  type ProjectDates,
} from './field-consistency';

const dates: ProjectDates = {
  plannedStart: '2027-09-01',
  plannedEnd: '2029-08-31',
  interimReportOn: '2028-09-30',
  finalReportOn: '2029-10-31',
};

describe('projectDateProblems', () => {
  it('finds nothing wrong in dates in order, nor in dates long past', () => {
    expect(projectDateProblems(dates)).toEqual([]);
    expect(
      projectDateProblems({
        plannedStart: '2015-01-01',
        plannedEnd: '2017-12-31',
        interimReportOn: '2016-06-30',
        finalReportOn: '2018-03-31',
      }),
    ).toEqual([]);
  });

  it('lets a period start and end on the same day, and reports fall on the same day', () => {
    expect(
      projectDateProblems({
        plannedStart: '2028-01-01',
        plannedEnd: '2028-01-01',
        interimReportOn: '2028-01-01',
        finalReportOn: '2028-01-01',
      }),
    ).toEqual([]);
  });

  it('names the planned end when it comes before the planned start', () => {
    expect(projectDateProblems({ ...dates, plannedStart: '2029-06-01', plannedEnd: '2027-03-01' })).toEqual([
      { field: 'plannedEnd', code: 'ends_before_start', against: 'plannedStart' },
    ]);
  });

  it('names the final report when it is owed before the interim report', () => {
    expect(
      projectDateProblems({ ...dates, interimReportOn: '2031-01-01', finalReportOn: '2030-01-01' }),
    ).toEqual([{ field: 'finalReportOn', code: 'final_report_before_interim', against: 'interimReportOn' }]);
  });

  it('names the final report when it is owed before the project starts, with no interim report', () => {
    expect(projectDateProblems({ ...dates, interimReportOn: null, finalReportOn: '2027-01-01' })).toEqual([
      { field: 'finalReportOn', code: 'final_report_before_start', against: 'plannedStart' },
    ]);
  });

  it('names both fields when both pairs are wrong, each once', () => {
    expect(
      projectDateProblems({
        plannedStart: '2029-06-01',
        plannedEnd: '2027-03-01',
        interimReportOn: '2031-01-01',
        finalReportOn: '2020-01-01',
      }),
    ).toEqual([
      { field: 'plannedEnd', code: 'ends_before_start', against: 'plannedStart' },
      { field: 'finalReportOn', code: 'final_report_before_interim', against: 'interimReportOn' },
    ]);
  });

  it('judges nothing against a date not known yet', () => {
    expect(
      projectDateProblems({
        plannedStart: '2029-06-01',
        plannedEnd: null,
        interimReportOn: '',
        finalReportOn: null,
      }),
    ).toEqual([]);
    expect(projectDateProblems({ ...dates, plannedStart: null, interimReportOn: null })).toEqual([]);
  });
});

describe('budgetProblems', () => {
  const budget: ProjectBudget = {
    currency: 'SEK',
    totalMinor: 100_000,
    requestedGrantMinor: 80_000,
    ownCashMinor: 20_000,
    ownInKindMinor: null,
    grantedMinor: null,
  };

  it('finds nothing wrong in whole amounts whose grant fits the total', () => {
    expect(budgetProblems(budget)).toEqual([]);
    expect(budgetProblems({ ...budget, requestedGrantMinor: 100_000 })).toEqual([]);
    expect(budgetProblems({ ...budget, totalMinor: null, requestedGrantMinor: 500_000 })).toEqual([]);
  });

  it('names a grant asked for above the total budget', () => {
    expect(budgetProblems({ ...budget, requestedGrantMinor: 500_000 })).toEqual([
      { field: 'requestedGrantMinor', code: 'grant_above_total', against: 'totalMinor' },
    ]);
  });

  it('names each amount with öre or cents in it', () => {
    expect(budgetProblems({ ...budget, ownCashMinor: 150, grantedMinor: 1 })).toEqual([
      { field: 'ownCashMinor', code: 'not_whole_amount' },
      { field: 'grantedMinor', code: 'not_whole_amount' },
    ]);
  });

  it('says a grant with cents is not whole before comparing it with the total', () => {
    expect(budgetProblems({ ...budget, requestedGrantMinor: 500_050 })).toEqual([
      { field: 'requestedGrantMinor', code: 'not_whole_amount' },
    ]);
  });

  it('leaves own co-funding beyond the total to the page warning', () => {
    expect(budgetProblems({ ...budget, ownCashMinor: 90_000 })).toEqual([]);
  });
});

describe('grantedAboveRequested', () => {
  it('asks about a grant above the amount applied for, and nothing else', () => {
    expect(grantedAboveRequested(150_000_050_00, 2_100_000_00)).toBe(true);
    expect(grantedAboveRequested(2_100_000_00, 2_100_000_00)).toBe(false);
    expect(grantedAboveRequested(1_500_000_00, 2_100_000_00)).toBe(false);
    expect(grantedAboveRequested(1_500_000_00, null)).toBe(false);
    expect(grantedAboveRequested(null, 2_100_000_00)).toBe(false);
  });
});
