import type { Currency } from '../money/currency';
import type { Stage } from '../pipeline/stage';
import type { InternationalisationForm } from '../projects/project.contract';

/**
 * The portfolio's reports (`/reports`, the viewer's landing page) for a period and the board's
 * filters. Counted by SQL aggregates on the server, with libs/domain's rules for what counts as
 * submitted, granted and an attempt. Money in several currencies is summed in the organisation's
 * reporting currency at a stated monthly rate; every sum names the rates it used.
 */

/** The organisation's reporting currency: SEK in Sweden, NOK in Norway. */
export type ReportingCurrency = Extract<Currency, 'SEK' | 'NOK'>;

/** `from` and `to` are days (YYYY-MM-DD), both included; the filters are the board's. */
export interface ReportQuery {
  from: string;
  to: string;
  programmeId?: string;
  departmentId?: string;
  projectLeadId?: string;
}

/**
 * One month's rate: `rate` reporting-currency units for one unit of `currency` (InforEuro's
 * convention: EUR 1 = SEK 11.0925). `demo` marks the plausible rates the demo data ships with.
 */
export interface ExchangeRate {
  currency: Currency;
  /** YYYY-MM */
  month: string;
  rate: number;
  source: string;
  demo: boolean;
}

export interface ExchangeRateInput {
  currency: Currency;
  month: string;
  rate: number;
  source: string;
}

/** The rates a report's sums used, and the amounts left out for want of one (never summed silently). */
export interface RatesUsed {
  reportingCurrency: ReportingCurrency;
  used: ExchangeRate[];
  /** Currency and month with no rate: those amounts are not in the sums, and are listed here. */
  missing: Array<{ currency: Currency; month: string; amountMinor: number }>;
}

/** Applications: each project that reached Beslut (was submitted) is one attempt; a copy to a next call is another. */
export interface ApplicationFigures {
  submitted: number;
  granted: number;
  rejected: number;
  /** Submitted and not yet decided (withdrawn ones aside). */
  pending: number;
  withdrawn: number;
  /** granted / (granted + rejected); null when none is decided. */
  successRateByCount: number | null;
  /** Granted amount / requested amount of the decided ones, in the reporting currency. */
  successRateByAmount: number | null;
}

/** Granted money beside the municipality's own (cash and in kind), and the leverage between them. */
export interface GrantedRow {
  /** The programme's, department's or year's id or number; null for "none". */
  key: string | null;
  label: string;
  applications: number;
  granted: number;
  /** Minor units of the reporting currency. */
  grantedMinor: number;
  ownCoFundingMinor: number;
  /** External money won per krona of own money; null without own money. */
  leverage: number | null;
}

export interface PipelineRow {
  stage: Stage;
  count: number;
  /** Requested (or granted, once decided) in minor units of the reporting currency. */
  valueMinor: number;
}

/** Deadlines in the desk that fell due in the period: met when done on or before their day. */
export interface DeadlineFigures {
  met: number;
  missed: number;
  /** Still open with their day ahead are neither. */
  callDeadlinesMet: number;
  callDeadlinesMissed: number;
}

export interface GoalRow {
  /** Agenda 2030 goal, 1-17. */
  goal: number;
  runningProjects: number;
}

export interface FormRow {
  form: InternationalisationForm;
  runningProjects: number;
}

export interface PortfolioReport {
  query: ReportQuery;
  applications: ApplicationFigures;
  grantedByProgramme: GrantedRow[];
  grantedByDepartment: GrantedRow[];
  grantedByYear: GrantedRow[];
  pipeline: PipelineRow[];
  deadlines: DeadlineFigures;
  goals: GoalRow[];
  forms: FormRow[];
  rates: RatesUsed;
}

/** The report's tables, each exported on its own (GET /api/reports/tables/:table.xlsx|csv). */
export const REPORT_TABLES = [
  'applications',
  'granted-by-programme',
  'granted-by-department',
  'granted-by-year',
  'pipeline',
  'deadlines',
  'goals',
  'forms',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
