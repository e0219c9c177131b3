import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Organisation, PortfolioReport, ProjectTablePage, ProjectTableQuery, ReportQuery } from '@gp/domain';
import type { Observable } from 'rxjs';
import { httpParamsOf } from '../shared/portfolio-params';

/** /api/reports, and the table of projects the annual report lists. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  report(query: ReportQuery): Observable<PortfolioReport> {
    return this.http.get<PortfolioReport>('/api/reports', { params: httpParamsOf(query) });
  }

  /** Whom the report is for: its name signs the annual report. */
  organisation(): Observable<Organisation> {
    return this.http.get<Organisation>('/api/organisation');
  }

  projects(query: ProjectTableQuery): Observable<ProjectTablePage> {
    return this.http.get<ProjectTablePage>('/api/projects/table', { params: httpParamsOf(query) });
  }
}
