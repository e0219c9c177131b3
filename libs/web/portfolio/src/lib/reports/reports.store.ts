import { Injectable, inject, signal } from '@angular/core';
import {
  PROJECT_TABLE_PAGE_MAX,
  type Department,
  type PersonSummary,
  type PortfolioReport,
  type Programme,
  type ProjectTableQuery,
  type ProjectTableRow,
  type ReportQuery,
} from '@gp/domain';
import { LoadState, callApi } from '@gp/web/core';
import { ProjectsApi, loadFilterLists } from '@gp/web/project-data';
import { ReportsApi } from './reports.api';

/**
 * The portfolio's report for a period and the board's filters, counted by the server, and (for the
 * annual report) every running and closed project of a year, all pages of them.
 */
@Injectable({ providedIn: 'root' })
export class ReportsStore {
  private readonly api = inject(ReportsApi);
  private readonly projectsApi = inject(ProjectsApi);
  private readonly reportState = new LoadState();
  private readonly projectsState = new LoadState();

  readonly report = signal<PortfolioReport | null>(null);
  readonly loading = this.reportState.loading;
  readonly problem = this.reportState.problem;

  readonly projects = signal<ProjectTableRow[]>([]);
  readonly projectsLoading = this.projectsState.loading;
  readonly projectsProblem = this.projectsState.problem;

  readonly departments = signal<Department[]>([]);
  readonly programmes = signal<Programme[]>([]);
  readonly people = signal<PersonSummary[]>([]);

  load(query: ReportQuery): Promise<void> {
    return this.reportState.run(
      () => callApi(this.api.report(query)),
      (report) => this.report.set(report),
    );
  }

  /** Every page of the query, in order; the annual report lists them all. */
  loadAllProjects(query: ProjectTableQuery): Promise<void> {
    return this.projectsState.run(
      async () => {
        const rows: ProjectTableRow[] = [];
        for (let offset = 0; ; offset += PROJECT_TABLE_PAGE_MAX) {
          const page = await callApi(this.api.projects({ ...query, offset, limit: PROJECT_TABLE_PAGE_MAX }));
          rows.push(...page.rows);
          if (page.rows.length === 0 || offset + page.rows.length >= page.total) return rows;
        }
      },
      (rows) => this.projects.set(rows),
    );
  }

  async loadLists(): Promise<void> {
    const { departments, programmes, people } = await loadFilterLists(this.projectsApi);
    if (departments) this.departments.set(departments);
    if (programmes) this.programmes.set(programmes);
    if (people) this.people.set(people);
  }
}
