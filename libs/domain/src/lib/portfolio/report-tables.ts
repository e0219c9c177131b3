import { MINOR_UNITS_PER_MAJOR } from '../money/currency';
import type { GrantedRow, PortfolioReport, ReportTable, ReportingCurrency } from './report.contract';

/** A cell of an exported table: plain values a spreadsheet writer takes as they are. */
export type ReportCell = string | number | null;

/**
 * One of the report's tables as header keys (for the translation layer: `reports.columns.<key>`)
 * and rows of plain values. Money is in major units of the reporting currency (kronor, two
 * decimals), named by `currency`; ratios are fractions (0.5 is 50 %), null where undefined.
 */
export interface ReportTableRows {
  table: ReportTable;
  currency: ReportingCurrency;
  headers: string[];
  rows: ReportCell[][];
}

const major = (minor: number): number => minor / MINOR_UNITS_PER_MAJOR;

function grantedRows(rows: readonly GrantedRow[], first: string): Pick<ReportTableRows, 'headers' | 'rows'> {
  return {
    headers: [first, 'applications', 'granted', 'grantedAmount', 'ownCoFunding', 'leverage'],
    rows: rows.map((r) => [r.label, r.applications, r.granted, major(r.grantedMinor), major(r.ownCoFundingMinor), r.leverage]),
  };
}

/** The rows of one of the report's tables, in the order the report lists them. */
export function reportTableRows(report: PortfolioReport, table: ReportTable): ReportTableRows {
  const currency = report.rates.reportingCurrency;
  const body = ((): Pick<ReportTableRows, 'headers' | 'rows'> => {
    switch (table) {
      case 'applications': {
        const a = report.applications;
        return {
          headers: ['submitted', 'granted', 'rejected', 'pending', 'withdrawn', 'successRateByCount', 'successRateByAmount'],
          rows: [[a.submitted, a.granted, a.rejected, a.pending, a.withdrawn, a.successRateByCount, a.successRateByAmount]],
        };
      }
      case 'granted-by-programme':
        return grantedRows(report.grantedByProgramme, 'programme');
      case 'granted-by-department':
        return grantedRows(report.grantedByDepartment, 'department');
      case 'granted-by-year':
        return grantedRows(report.grantedByYear, 'year');
      case 'pipeline':
        return {
          headers: ['stage', 'projects', 'value'],
          rows: report.pipeline.map((r) => [r.stage, r.count, major(r.valueMinor)]),
        };
      case 'deadlines': {
        const d = report.deadlines;
        return {
          headers: ['deadlines', 'met', 'missed'],
          rows: [
            ['call', d.callDeadlinesMet, d.callDeadlinesMissed],
            ['other', d.met, d.missed],
          ],
        };
      }
      case 'goals':
        return { headers: ['goal', 'runningProjects'], rows: report.goals.map((r) => [r.goal, r.runningProjects]) };
      case 'forms':
        return { headers: ['form', 'runningProjects'], rows: report.forms.map((r) => [r.form, r.runningProjects]) };
    }
  })();
  return { table, currency, ...body };
}
