import { Injectable, inject, signal } from '@angular/core';
import {
  DEFAULT_PROJECT_TABLE_COLUMNS,
  PROJECT_TABLE_COLUMNS,
  type ApiError,
  type Department,
  type PersonSummary,
  type Programme,
  type ProjectTableColumn,
  type ProjectTablePage,
  type ProjectTableQuery,
} from '@gp/domain';
import { LoadState, callApi, toApiError } from '@gp/web/core';
import { ProjectsApi, loadFilterLists } from '@gp/web/project-data';
import { ProjectTableApi } from './project-table.api';

/** The contract's order, whatever order they were ticked in; the title always stays (it is the link). */
export function orderedColumns(columns: readonly ProjectTableColumn[]): ProjectTableColumn[] {
  const chosen = new Set<ProjectTableColumn>([...columns, 'title']);
  return PROJECT_TABLE_COLUMNS.filter((column) => chosen.has(column));
}

/**
 * The table of projects for the query in the address: one page from the server (sorted and paged
 * there), the columns the person chose (kept on the server, so they follow them to another
 * computer), and the lists the filters choose from.
 */
@Injectable({ providedIn: 'root' })
export class ProjectTableStore {
  private readonly api = inject(ProjectTableApi);
  private readonly projects = inject(ProjectsApi);
  private readonly state = new LoadState();

  readonly page = signal<ProjectTablePage | null>(null);
  readonly loading = this.state.loading;
  readonly problem = this.state.problem;
  readonly columns = signal<ProjectTableColumn[]>([...DEFAULT_PROJECT_TABLE_COLUMNS]);
  /** A failed save of the columns; the table still shows the choice for this visit. */
  readonly columnsProblem = signal<ApiError | null>(null);

  readonly departments = signal<Department[]>([]);
  readonly programmes = signal<Programme[]>([]);
  readonly people = signal<PersonSummary[]>([]);

  load(query: ProjectTableQuery): Promise<void> {
    return this.state.run(
      () => callApi(this.api.page(query)),
      (page) => this.page.set(page),
    );
  }

  /** The person's saved choice; the defaults when they have none or it cannot be read. */
  async loadColumns(): Promise<void> {
    try {
      const saved = await callApi(this.api.columns());
      if (saved.columns.length > 0) this.columns.set(orderedColumns(saved.columns));
    } catch {
      // The defaults stay; the table itself still loads.
    }
  }

  /** Shows or hides a column at once and saves the choice for the next visit. */
  async toggleColumn(column: ProjectTableColumn, shown: boolean): Promise<void> {
    if (column === 'title') return;
    const next = orderedColumns(
      shown ? [...this.columns(), column] : this.columns().filter((c) => c !== column),
    );
    this.columns.set(next);
    this.columnsProblem.set(null);
    try {
      await callApi(this.api.saveColumns(next));
    } catch (error) {
      this.columnsProblem.set(toApiError(error));
    }
  }

  async loadLists(): Promise<void> {
    const { departments, programmes, people } = await loadFilterLists(this.projects);
    if (departments) this.departments.set(departments);
    if (programmes) this.programmes.set(programmes);
    if (people) this.people.set(people);
  }
}
