import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import {
  decimalComma,
  moneyDecimal,
  reportExportWords,
  reportTableCells,
  reportTableRows,
  reportTableTitle,
  zonedWallTime,
  type CurrentUser,
  type ExportFormat,
  type Language,
  type PortfolioReport,
  type ReportQuery,
  type ReportTable,
} from '@gp/domain';
import { APP_CONFIG, type AppConfig } from '@gp/api/core';
import { sendSpreadsheet } from '@gp/api/export';
import { ReportsService } from './reports.service';

/**
 * One of the report's tables as a file: the same figures the page shows for the same period and
 * filters, with the period, the filters by name, the exchange rates the sums used (and the amounts
 * left out for want of one) and who exported it when written above the table.
 */
@Injectable()
export class ReportTableExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reports: ReportsService,
  ) {}

  async send(
    user: CurrentUser,
    table: ReportTable,
    query: ReportQuery & { format: ExportFormat },
    response: Response,
  ): Promise<void> {
    const report = await this.reports.report(user, query);
    const language = user.language;
    const words = reportExportWords(language);
    const title = reportTableTitle(table, language);
    const { columns, rows } = reportTableCells(reportTableRows(report, table), language);
    const now = zonedWallTime(new Date(), this.config.timeZone).replace('T', ' ');
    await sendSpreadsheet(response, {
      format: query.format,
      fileName: `${words.fileStem}-${table}-${query.from}-${query.to}`,
      sheetName: title,
      titleLines: [
        title,
        words.period(query.from, query.to),
        ...(await this.filterLine(query, language)),
        ...rateLines(report, language),
        words.exported(user.name, now),
      ],
      columns,
      rows: (async function* () {
        yield* rows;
      })(),
    });
  }

  /** The filters by name, as the person chose them. */
  private async filterLine(query: ReportQuery, language: Language): Promise<string[]> {
    const words = reportExportWords(language);
    const named = async (sql: string, id: string | undefined) =>
      id ? ((await this.dataSource.query(sql, [id]))[0]?.name as string | undefined) ?? id : undefined;
    const parts = [
      ['programme', await named('SELECT name FROM programme WHERE id = $1', query.programmeId)],
      ['department', await named('SELECT name FROM department WHERE id = $1', query.departmentId)],
      ['projectLead', await named('SELECT name FROM user_account WHERE id = $1', query.projectLeadId)],
    ] as const;
    const chosen = parts.filter(([, name]) => name).map(([key, name]) => `${words.filters[key]}: ${name}`);
    return chosen.length ? [`${words.filter}: ${chosen.join('; ')}`] : [];
  }
}

/** Which rates the sums used, and what was left out for want of one: no sum mixes currencies silently. */
function rateLines(report: PortfolioReport, language: Language): string[] {
  const words = reportExportWords(language);
  const { reportingCurrency, used, missing } = report.rates;
  const rates = used.length
    ? used
        .map((rate) => `${rate.currency} ${rate.month} ${decimalComma(rate.rate)}${rate.demo ? ` (${words.demo})` : ''}`)
        .join('; ')
    : words.noRates;
  const lines = [`${words.amountsIn(reportingCurrency)}. ${words.rates}: ${rates}`];
  if (missing.length)
    lines.push(
      `${words.missing}: ${missing
        .map((m) => `${m.currency} ${m.month} ${moneyDecimal(m.amountMinor)}`)
        .join('; ')}`,
    );
  return lines;
}
