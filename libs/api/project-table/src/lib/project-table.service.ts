import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DEFAULT_PROJECT_TABLE_COLUMNS,
  PROJECT_TABLE_COLUMNS,
  PROJECT_TABLE_PAGE_SIZE,
  type CurrentUser,
  type ProjectTableColumn,
  type ProjectTableColumnsPreference,
  type ProjectTablePage,
  type ProjectTableQuery,
} from '@gp/domain';
import { UserAccountEntity } from '@gp/api/data';
import { ProjectTableRows, toTableRow, type RawTableRow } from './project-table-rows';

/** The table of projects a page at a time, and each person's choice of its columns. */
@Injectable()
export class ProjectTableService {
  private readonly table: ProjectTableRows;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.table = new ProjectTableRows(dataSource);
  }

  /** One page in the table's order, and how many rows match over all pages. */
  async page(user: CurrentUser, query: ProjectTableQuery): Promise<ProjectTablePage> {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? PROJECT_TABLE_PAGE_SIZE;
    const [rows, total] = await Promise.all([
      this.table.rows(user, query).offset(offset).limit(limit).getRawMany<RawTableRow>(),
      this.table.filtered(user, query).getCount(),
    ]);
    return { rows: rows.map(toTableRow), total, offset, limit };
  }

  /** The columns the person chose, or the default ones before they choose. */
  async columns(user: Pick<CurrentUser, 'id'>): Promise<ProjectTableColumnsPreference> {
    const row = await this.dataSource
      .getRepository(UserAccountEntity)
      .createQueryBuilder('person')
      .select('person.project_table_columns', 'columns')
      .where('person.id = :id', { id: user.id })
      .getRawOne<{ columns: string[] | null }>();
    // A column dropped from the table since the choice was saved is left out, not an error.
    const chosen = (row?.columns ?? []).filter((c): c is ProjectTableColumn =>
      (PROJECT_TABLE_COLUMNS as readonly string[]).includes(c),
    );
    return { columns: chosen.length > 0 ? chosen : [...DEFAULT_PROJECT_TABLE_COLUMNS] };
  }

  async chooseColumns(
    user: Pick<CurrentUser, 'id'>,
    choice: ProjectTableColumnsPreference,
  ): Promise<ProjectTableColumnsPreference> {
    // Plain SQL: TypeORM's update would bump the account's version and change time, and an admin
    // editing the person meanwhile would meet a conflict over a choice of columns.
    await this.dataSource.query('UPDATE user_account SET project_table_columns = $1 WHERE id = $2', [
      choice.columns,
      user.id,
    ]);
    return { columns: choice.columns };
  }
}
