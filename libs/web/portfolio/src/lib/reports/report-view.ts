import {
  formatMoney,
  stageName,
  type GrantedRow,
  type Language,
  type PortfolioReport,
  type ReportTable,
} from '@gp/domain';
import { formatLocalNumber, formatLocalPercent } from '@gp/web/ui';
import type { BarChart } from './bar-chart';

/** Texts in the reader's language, from the translation layer. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** One line of a figures table: what is counted and its value as the locale writes it. */
export interface FigureLine {
  key: string;
  label: string;
  value: string;
}

/** A granted-per table (programme, department, year) with its chart, as the page shows it. */
export interface GrantedTableView {
  table: ReportTable;
  heading: string;
  rows: Array<{ label: string; applications: string; granted: string; grantedAmount: string; own: string; leverage: string }>;
  chart: BarChart;
}

export interface ReportView {
  currency: string;
  applications: FigureLine[];
  applicationsChart: BarChart;
  granted: GrantedTableView[];
  pipeline: Array<{ stage: string; count: string; value: string }>;
  pipelineChart: BarChart;
  deadlines: FigureLine[];
  goals: Array<{ goal: string; count: string }>;
  goalsChart: BarChart;
  forms: Array<{ form: string; count: string }>;
  rates: Array<{ currency: string; month: string; rate: string; source: string; demo: boolean }>;
  missing: Array<{ currency: string; month: string; amount: string }>;
}

const major = (minor: number) => minor / 100;

/**
 * Everything the report shows, formatted once per answer and language: the tables' texts and the
 * charts' numbers are the same figures, so what a screen reader reads is what the chart draws.
 */
export function reportView(report: PortfolioReport, language: Language, locale: string, t: Translate): ReportView {
  const currency = report.rates.reportingCurrency;
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency }, language);
  const count = (n: number) => formatLocalNumber(n, locale);
  const percent = (rate: number | null) =>
    rate === null ? t('portfolio.reports.notDecided') : formatLocalPercent(Math.round(rate * 10000) / 100, locale);
  const a = report.applications;

  const applications: FigureLine[] = [
    ['submitted', count(a.submitted)],
    ['granted', count(a.granted)],
    ['rejected', count(a.rejected)],
    ['pending', count(a.pending)],
    ['withdrawn', count(a.withdrawn)],
    ['successRateByCount', percent(a.successRateByCount)],
    ['successRateByAmount', percent(a.successRateByAmount)],
  ].map(([key, value]) => ({ key, label: t(`portfolio.reports.applications.${key}`), value }));
  const outcomeKeys = ['granted', 'rejected', 'pending', 'withdrawn'] as const;
  const outcomeLabels = outcomeKeys.map((key) => t(`portfolio.reports.applications.${key}`));
  const applicationsChart: BarChart = {
    labels: outcomeLabels,
    series: [{ label: t('portfolio.reports.applications.heading'), values: outcomeKeys.map((key) => a[key]) }],
    summary: t('portfolio.reports.applications.summary', {
      submitted: a.submitted,
      granted: a.granted,
      rejected: a.rejected,
      pending: a.pending,
    }),
  };

  const grantedTable = (table: ReportTable, headingKey: string, rows: GrantedRow[]): GrantedTableView => {
    const heading = t(headingKey);
    const grantedLabel = t('portfolio.reports.granted.grantedAmount');
    const ownLabel = t('portfolio.reports.granted.own');
    return {
      table,
      heading,
      rows: rows.map((row) => ({
        label: row.label,
        applications: count(row.applications),
        granted: count(row.granted),
        grantedAmount: money(row.grantedMinor),
        own: money(row.ownCoFundingMinor),
        leverage: row.leverage === null ? '–' : formatLocalNumber(Math.round(row.leverage * 100) / 100, locale),
      })),
      chart: {
        labels: rows.map((row) => row.label),
        series: [
          { label: grantedLabel, values: rows.map((row) => major(row.grantedMinor)) },
          { label: ownLabel, values: rows.map((row) => major(row.ownCoFundingMinor)) },
        ],
        currency,
        summary: t('portfolio.reports.granted.summary', {
          heading,
          total: money(rows.reduce((sum, row) => sum + row.grantedMinor, 0)),
          own: money(rows.reduce((sum, row) => sum + row.ownCoFundingMinor, 0)),
          rows: rows.length,
        }),
      },
    };
  };

  const stages = report.pipeline.map((row) => stageName(row.stage, language));
  const deadlines = report.deadlines;
  const goals = [...report.goals].sort((x, y) => x.goal - y.goal);

  return {
    currency,
    applications,
    applicationsChart,
    granted: [
      grantedTable('granted-by-programme', 'portfolio.reports.granted.byProgramme', report.grantedByProgramme),
      grantedTable('granted-by-department', 'portfolio.reports.granted.byDepartment', report.grantedByDepartment),
      grantedTable('granted-by-year', 'portfolio.reports.granted.byYear', report.grantedByYear),
    ],
    pipeline: report.pipeline.map((row, i) => ({
      stage: stages[i],
      count: count(row.count),
      value: money(row.valueMinor),
    })),
    pipelineChart: {
      labels: stages,
      series: [{ label: t('portfolio.reports.pipeline.value'), values: report.pipeline.map((r) => major(r.valueMinor)) }],
      currency,
      summary: t('portfolio.reports.pipeline.summary', {
        parts: report.pipeline.map((row, i) => `${stages[i]} ${money(row.valueMinor)}`).join(', '),
      }),
    },
    deadlines: (
      [
        ['met', deadlines.met],
        ['missed', deadlines.missed],
        ['callDeadlinesMet', deadlines.callDeadlinesMet],
        ['callDeadlinesMissed', deadlines.callDeadlinesMissed],
      ] as const
    ).map(([key, value]) => ({ key, label: t(`portfolio.reports.deadlines.${key}`), value: count(value) })),
    goals: goals.map((row) => ({ goal: t('project.sdg', { number: row.goal }), count: count(row.runningProjects) })),
    goalsChart: {
      labels: goals.map((row) => String(row.goal)),
      series: [{ label: t('portfolio.reports.goals.running'), values: goals.map((row) => row.runningProjects) }],
      summary: t('portfolio.reports.goals.summary', {
        parts: goals.map((row) => `${row.goal}: ${row.runningProjects}`).join(', ') || '–',
      }),
    },
    forms: report.forms.map((row) => ({
      form: t(`project.forms.${row.form}`),
      count: count(row.runningProjects),
    })),
    rates: report.rates.used.map((rate) => ({
      currency: rate.currency,
      month: rate.month,
      rate: new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(rate.rate),
      source: rate.source,
      demo: rate.demo,
    })),
    missing: report.rates.missing.map((gap) => ({
      currency: gap.currency,
      month: gap.month,
      amount: formatMoney({ amountMinor: gap.amountMinor, currency: gap.currency }, language),
    })),
  };
}
