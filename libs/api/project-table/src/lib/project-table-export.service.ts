import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, type QueryRunner } from 'typeorm';
import {
  projectTableExportWords,
  zonedWallTime,
  type CurrentUser,
  type ProjectTableColumn,
  type ProjectTableExportQuery,
  type SpreadsheetCell,
} from '@gp/domain';
import { APP_CONFIG, type AppConfig } from '@gp/api/core';
import { sendSpreadsheet, ZonedClock } from '@gp/api/export';
import { exportTitleLines } from './export-title-lines';
import { exportCells, exportColumns } from './project-table-cells';
import { DEFAULT_SORT, ProjectTableRows, toTableRow, type RawTableRow } from './project-table-rows';
import { ProjectTableService } from './project-table.service';

/** Rows fetched from the cursor at a time: a few hundred kB of rows in memory at most. */
export const EXPORT_BATCH_ROWS = 500;

/**
 * The whole table as a file: every row the filters keep (not a page), in the person's columns and
 * language. The rows are read through a cursor in batches inside one read-only snapshot, so the
 * count in the title lines and the rows agree, and written as they come.
 */
@Injectable()
export class ProjectTableExportService {
  private readonly table: ProjectTableRows;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tables: ProjectTableService,
  ) {
    this.table = new ProjectTableRows(dataSource);
  }

  async send(user: CurrentUser, query: ProjectTableExportQuery, response: Response): Promise<number> {
    const columns: ProjectTableColumn[] = query.columns ?? (await this.tables.columns(user)).columns;
    const language = user.language;
    const now = new Date();
    const words = projectTableExportWords(language);
    const runner = this.dataSource.createQueryRunner('slave');
    await runner.connect();
    let open = false;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      const count = await this.table.filtered(user, query, runner.manager).getCount();
      const sort = query.sort
        ? { sort: query.sort, direction: query.direction ?? 'asc' }
        : { sort: DEFAULT_SORT.sort, direction: query.direction ?? DEFAULT_SORT.direction };
      const titleLines = await exportTitleLines(runner.manager, query, {
        language,
        who: user.name,
        when: zonedWallTime(now, this.config.timeZone).replace('T', ' '),
        count,
        sort,
      });
      const [sql, parameters] = this.table.rows(user, { ...query, ...sort }, runner.manager).getQueryAndParameters();
      await runner.query(`DECLARE project_table_export NO SCROLL CURSOR FOR ${sql}`, parameters);
      const clock = new ZonedClock(this.config.timeZone);
      return await sendSpreadsheet(response, {
        format: query.format,
        fileName: `${words.fileStem}-${zonedWallTime(now, this.config.timeZone).slice(0, 10)}`,
        sheetName: words.sheetName,
        titleLines,
        columns: exportColumns(columns, language),
        rows: batches(runner, (row) => exportCells(toTableRow(row), columns, language, clock)),
      });
    } finally {
      if (open) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}

/** The cursor's rows, a batch at a time, as cells. */
async function* batches(
  runner: QueryRunner,
  toCells: (row: RawTableRow) => SpreadsheetCell[],
): AsyncIterable<SpreadsheetCell[]> {
  for (;;) {
    const rows: RawTableRow[] = await runner.query(`FETCH ${EXPORT_BATCH_ROWS} FROM project_table_export`);
    for (const row of rows) yield toCells(row);
    if (rows.length < EXPORT_BATCH_ROWS) return;
  }
}
