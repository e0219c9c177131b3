import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Department, DepartmentInput } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/departments: read by everyone signed in, written by admins. */
@Injectable({ providedIn: 'root' })
export class DepartmentsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Department[]> {
    return this.http.get<Department[]>('/api/departments');
  }

  create(input: DepartmentInput): Observable<Department> {
    return this.http.post<Department>('/api/departments', input);
  }

  rename(id: string, name: string, version: number): Observable<Department> {
    return this.http.patch<Department>(`/api/departments/${encodeURIComponent(id)}`, { name, version });
  }
}
