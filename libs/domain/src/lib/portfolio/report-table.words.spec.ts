import type { PortfolioReport } from './report.contract';
import { reportTableRows } from './report-tables';
import { reportTableCells, reportTableTitle } from './report-table.words';

const report = {
  rates: { reportingCurrency: 'SEK', used: [], missing: [] },
  applications: {
    submitted: 4,
    granted: 2,
    rejected: 1,
    pending: 1,
    withdrawn: 0,
    successRateByCount: 2 / 3,
    successRateByAmount: null,
  },
  pipeline: [{ stage: 'running', count: 3, valueMinor: 123_456 }],
  goals: [{ goal: 4, runningProjects: 2 }],
  forms: [{ form: 'cooperation', runningProjects: 1 }],
} as unknown as PortfolioReport;

describe('reportTableCells', () => {
  it('writes counts as numbers, rates in percent and an undefined rate as an empty cell', () => {
    const { columns, rows } = reportTableCells(reportTableRows(report, 'applications'), 'sv');
    expect(columns[0]).toEqual({ header: 'Inskickade', kind: 'number' });
    expect(columns[5]).toEqual({ header: 'Andel beviljade (antal)', kind: 'percent' });
    expect(rows[0][0]).toEqual({ kind: 'number', value: 4 });
    expect(rows[0][5]).toEqual({ kind: 'percent', value: 66.7 });
    expect(rows[0][6]).toBeNull();
  });

  it('writes money in minor units of the reporting currency, and names stages, goals and forms', () => {
    const pipeline = reportTableCells(reportTableRows(report, 'pipeline'), 'nb');
    expect(pipeline.rows[0]).toEqual([
      { kind: 'text', value: 'Pågår' },
      { kind: 'number', value: 3 },
      { kind: 'money', minor: 123_456, currency: 'SEK' },
    ]);
    expect(reportTableCells(reportTableRows(report, 'goals'), 'en').rows[0][0]).toEqual({
      kind: 'text',
      value: 'Goal 4',
    });
    expect(reportTableCells(reportTableRows(report, 'forms'), 'sv').rows[0][0]).toEqual({
      kind: 'text',
      value: 'Samarbete',
    });
    expect(reportTableTitle('granted-by-year', 'sv')).toBe('Beviljat per år');
  });
});
