import { REPORT_TABLES, type PortfolioReport } from './report.contract';
import { reportTableRows } from './report-tables';

const report: PortfolioReport = {
  query: { from: '2027-01-01', to: '2027-12-31' },
  applications: { submitted: 4, granted: 2, rejected: 1, pending: 1, withdrawn: 0, successRateByCount: 2 / 3, successRateByAmount: 0.5 },
  grantedByProgramme: [{ key: 'p1', label: 'Erasmus+', applications: 3, granted: 2, grantedMinor: 1_000_00, ownCoFundingMinor: 250_00, leverage: 4 }],
  grantedByDepartment: [{ key: null, label: '', applications: 1, granted: 0, grantedMinor: 0, ownCoFundingMinor: 0, leverage: null }],
  grantedByYear: [{ key: '2027', label: '2027', applications: 4, granted: 2, grantedMinor: 1_000_00, ownCoFundingMinor: 250_00, leverage: 4 }],
  pipeline: [{ stage: 'decision', count: 2, valueMinor: 12_345 }],
  deadlines: { met: 5, missed: 1, callDeadlinesMet: 2, callDeadlinesMissed: 0 },
  goals: [{ goal: 4, runningProjects: 3 }],
  forms: [{ form: 'cooperation', runningProjects: 2 }],
  rates: { reportingCurrency: 'SEK', used: [], missing: [] },
};

describe('reportTableRows', () => {
  it('gives every table rows as long as its headers, of plain values', () => {
    for (const table of REPORT_TABLES) {
      const rows = reportTableRows(report, table);
      expect(rows.currency).toBe('SEK');
      expect(rows.rows.length).toBeGreaterThan(0);
      for (const row of rows.rows) {
        expect(row).toHaveLength(rows.headers.length);
        for (const cell of row) expect(cell === null || ['string', 'number'].includes(typeof cell)).toBe(true);
      }
    }
  });

  it('writes money in kronor and keeps the figures', () => {
    expect(reportTableRows(report, 'granted-by-programme').rows).toEqual([['Erasmus+', 3, 2, 1000, 250, 4]]);
    expect(reportTableRows(report, 'pipeline').rows).toEqual([['decision', 2, 123.45]]);
    expect(reportTableRows(report, 'applications').rows[0].slice(0, 5)).toEqual([4, 2, 1, 1, 0]);
    expect(reportTableRows(report, 'deadlines').rows).toEqual([
      ['call', 2, 0],
      ['other', 5, 1],
    ]);
  });
});
