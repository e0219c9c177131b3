import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Board,
  BoardFilters,
  CreateIdeaInput,
  Department,
  MoveProjectInput,
  PersonSummary,
  Programme,
  Project,
  ProjectActivity,
  ReopenProjectInput,
  StageMoveRecord,
  UpdateProjectInput,
} from '@gp/domain';
import type { Observable } from 'rxjs';
import { ReadAhead } from './read-ahead';

const id = (value: string) => encodeURIComponent(value);

/** /api/board, /api/projects and the lists their pickers need. The API checks every write's role. */
@Injectable({ providedIn: 'root' })
export class ProjectsApi {
  private readonly http = inject(HttpClient);
  private readonly reads = inject(ReadAhead);

  board(filters: BoardFilters): Observable<Board> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Board>('/api/board', { params });
  }

  create(input: CreateIdeaInput): Observable<Project> {
    return this.http.post<Project>('/api/projects', input);
  }

  get(projectId: string): Observable<Project> {
    return this.reads.get<Project>(`/api/projects/${id(projectId)}`);
  }

  update(projectId: string, input: UpdateProjectInput): Observable<Project> {
    return this.http.patch<Project>(`/api/projects/${id(projectId)}`, input);
  }

  move(projectId: string, input: MoveProjectInput): Observable<Project> {
    return this.http.post<Project>(`/api/projects/${id(projectId)}/moves`, input);
  }

  /** A rejected application tries again as a new project linked to this one. */
  copyToNextCall(projectId: string): Observable<Project> {
    return this.http.post<Project>(`/api/projects/${id(projectId)}/copy-to-next-call`, {});
  }

  /** A closed project back to the stage it was closed from (coordinators and admins). */
  reopen(projectId: string, input: ReopenProjectInput): Observable<Project> {
    return this.http.post<Project>(`/api/projects/${id(projectId)}/reopen`, input);
  }

  /** Deletes an idea; an admin can restore it for 30 days. */
  deleteIdea(projectId: string): Observable<void> {
    return this.http.delete<void>(`/api/projects/${id(projectId)}`);
  }

  history(projectId: string): Observable<StageMoveRecord[]> {
    return this.reads.get<StageMoveRecord[]>(`/api/projects/${id(projectId)}/history`);
  }

  /** Checklist ticks and co-funding steps, newest first. */
  activity(projectId: string): Observable<ProjectActivity[]> {
    return this.reads.get<ProjectActivity[]>(`/api/projects/${id(projectId)}/activity`);
  }

  departments(): Observable<Department[]> {
    return this.reads.get<Department[]>('/api/departments');
  }

  programmes(): Observable<Programme[]> {
    return this.reads.get<Programme[]>('/api/programmes');
  }

  people(): Observable<PersonSummary[]> {
    return this.reads.get<PersonSummary[]>('/api/people');
  }
}
