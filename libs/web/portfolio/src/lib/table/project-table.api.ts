import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ProjectTableColumn,
  ProjectTableColumnsPreference,
  ProjectTablePage,
  ProjectTableQuery,
} from '@gp/domain';
import type { Observable } from 'rxjs';
import { httpParamsOf } from '../shared/portfolio-params';

/** /api/projects/table: one page of the projects the reader may read, and their chosen columns. */
@Injectable({ providedIn: 'root' })
export class ProjectTableApi {
  private readonly http = inject(HttpClient);

  page(query: ProjectTableQuery): Observable<ProjectTablePage> {
    return this.http.get<ProjectTablePage>('/api/projects/table', { params: httpParamsOf(query) });
  }

  columns(): Observable<ProjectTableColumnsPreference> {
    return this.http.get<ProjectTableColumnsPreference>('/api/projects/table/columns');
  }

  saveColumns(columns: ProjectTableColumn[]): Observable<ProjectTableColumnsPreference> {
    return this.http.put<ProjectTableColumnsPreference>('/api/projects/table/columns', { columns });
  }
}
