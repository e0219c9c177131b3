import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  leverage,
  monthOf,
  reportingCurrencyOf,
  RAN_OUTCOMES,
  STAGES,
  reportPeriodProblem,
  successRateByAmount,
  successRateByCount,
  zonedDay,
  type CurrentUser,
  type FormRow,
  type GoalRow,
  type GrantedRow,
  type PipelineRow,
  type PortfolioReport,
  type RatesUsed,
  type ReportQuery,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { ProjectEntity } from '@gp/api/data';
import { scopeToReader, whereProjectMatches } from '@gp/api/project-access';
import { KEPT_KINDS, REPORT_SELECTS, reportCtes } from './report-sql';

type Row = Record<string, string | number | boolean | null>;

/** The statement's one row: each figure as PostgreSQL's JSON (one object, or a list of rows). */
interface Figures {
  applications: Row;
  byProgramme: Row[];
  byDepartment: Row[];
  byYear: Row[];
  pipeline: Row[];
  deadlines: Row;
  goals: Row[];
  forms: Row[];
  rates: Row[];
}

const count = (value: unknown): number => Number(value ?? 0);

/**
 * The portfolio's reports for a period, scoped to what the reader may read exactly as the board
 * is (scopeToReader). Every figure is an SQL aggregate; Node only divides the sums and names them.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(user: CurrentUser, query: ReportQuery, now = new Date()): Promise<PortfolioReport> {
    const problem = reportPeriodProblem(query.from, query.to);
    if (problem) throw DomainError.invalid(problem.field, problem.message);
    const reporting = reportingCurrencyOf(this.config.country);
    const today = zonedDay(now, this.config.timeZone);
    const figures = await this.figures(user, query, {
      from: query.from,
      to: query.to,
      zone: this.config.timeZone,
      reporting,
      today,
      // The pipeline is the portfolio as it stands at the end of the period (or today, if that is
      // sooner), so its values take that month's rate.
      asAt: monthOf(query.to < today ? query.to : today),
      keptKinds: KEPT_KINDS,
      ranOutcomes: [...RAN_OUTCOMES],
    });
    const { applications: a, byProgramme, byDepartment, byYear, pipeline, deadlines: d, goals, forms, rates } = figures;
    return {
      query: {
        from: query.from,
        to: query.to,
        ...(query.programmeId ? { programmeId: query.programmeId } : {}),
        ...(query.departmentId ? { departmentId: query.departmentId } : {}),
        ...(query.projectLeadId ? { projectLeadId: query.projectLeadId } : {}),
      },
      applications: {
        submitted: count(a['submitted']),
        granted: count(a['granted']),
        rejected: count(a['rejected']),
        pending: count(a['pending']),
        withdrawn: count(a['withdrawn']),
        successRateByCount: successRateByCount(count(a['granted']), count(a['rejected'])),
        successRateByAmount: successRateByAmount(count(a['granted_minor']), count(a['requested_decided_minor'])),
      },
      grantedByProgramme: byProgramme.map(toGrantedRow),
      grantedByDepartment: byDepartment.map(toGrantedRow),
      grantedByYear: byYear.map(toGrantedRow),
      // In the pipeline's order, as the board's columns read: GROUP BY gives no order.
      pipeline: pipeline
        .map(
          (r): PipelineRow => ({
            stage: r['stage'] as PipelineRow['stage'],
            count: count(r['count']),
            valueMinor: count(r['value_minor']),
          }),
        )
        .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage)),
      deadlines: {
        met: count(d['met']),
        missed: count(d['missed']),
        callDeadlinesMet: count(d['call_met']),
        callDeadlinesMissed: count(d['call_missed']),
      },
      goals: goals.map((r): GoalRow => ({ goal: count(r['goal']), runningProjects: count(r['running_projects']) })),
      forms: forms.map(
        (r): FormRow => ({ form: r['form'] as FormRow['form'], runningProjects: count(r['running_projects']) }),
      ),
      rates: toRatesUsed(reporting, rates),
    };
  }

  /**
   * Every figure in one statement: the shared CTEs are read by several figures, so PostgreSQL
   * works each out once (nine statements took 110 ms at 5,000 projects, each redoing them), and
   * each figure comes back as JSON.
   */
  private async figures(user: CurrentUser, query: ReportQuery, parameters: Record<string, unknown>): Promise<Figures> {
    const scoped = scopeToReader(
      whereProjectMatches(
        this.dataSource
          .getRepository(ProjectEntity)
          .createQueryBuilder('project')
          .select('project.id', 'id')
          .where('1 = 1'),
        query,
      ),
      'project',
      user,
    );
    const one = (select: string) => `(SELECT row_to_json(figure) FROM (${select}) figure)`;
    const many = (select: string) => `(SELECT COALESCE(json_agg(figure), '[]'::json) FROM (${select}) figure)`;
    const sql = `${reportCtes(scoped.getQuery())}SELECT
      ${one(REPORT_SELECTS.applications)} AS "applications",
      ${many(REPORT_SELECTS.byProgramme)} AS "byProgramme",
      ${many(REPORT_SELECTS.byDepartment)} AS "byDepartment",
      ${many(REPORT_SELECTS.byYear)} AS "byYear",
      ${many(REPORT_SELECTS.pipeline)} AS "pipeline",
      ${one(REPORT_SELECTS.deadlines)} AS "deadlines",
      ${many(REPORT_SELECTS.goals)} AS "goals",
      ${many(REPORT_SELECTS.forms)} AS "forms",
      ${many(REPORT_SELECTS.rates)} AS "rates"`;
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, {
      ...scoped.getParameters(),
      ...parameters,
    });
    const [row] = await this.dataSource.query(text, values);
    return row;
  }
}

function toGrantedRow(r: Row): GrantedRow {
  const grantedMinor = count(r['granted_minor']);
  const ownCoFundingMinor = count(r['own_minor']);
  return {
    key: r['key'] === null ? null : String(r['key']),
    label: String(r['label'] ?? ''),
    applications: count(r['applications']),
    granted: count(r['granted']),
    grantedMinor,
    ownCoFundingMinor,
    leverage: leverage(grantedMinor, ownCoFundingMinor),
  };
}

function toRatesUsed(reportingCurrency: RatesUsed['reportingCurrency'], rows: Row[]): RatesUsed {
  const used: RatesUsed['used'] = [];
  const missing: RatesUsed['missing'] = [];
  for (const r of rows) {
    const currency = r['currency'] as RatesUsed['used'][number]['currency'];
    const month = String(r['month']);
    if (r['rate'] === null)
      missing.push({ currency, month, amountMinor: count(r['amount_minor']) });
    else
      used.push({ currency, month, rate: Number(r['rate']), source: String(r['source']), demo: r['demo'] === true });
  }
  return { reportingCurrency, used, missing };
}
