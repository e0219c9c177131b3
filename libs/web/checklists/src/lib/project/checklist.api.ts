import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChecklistItem, ChecklistItemInput, UpdateChecklistItemInput } from '@gp/domain';
import { ReadAhead } from '@gp/web/project-data';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** An application's checklist: read by whoever reads the project, written by who edits it. */
@Injectable({ providedIn: 'root' })
export class ChecklistApi {
  private readonly http = inject(HttpClient);
  private readonly reads = inject(ReadAhead);

  list(projectId: string): Observable<ChecklistItem[]> {
    return this.reads.get<ChecklistItem[]>(`/api/projects/${id(projectId)}/checklist`);
  }

  add(projectId: string, input: ChecklistItemInput): Observable<ChecklistItem> {
    return this.http.post<ChecklistItem>(`/api/projects/${id(projectId)}/checklist`, input);
  }

  /** Also ticks and unticks: `{ done, version }`. */
  update(itemId: string, input: UpdateChecklistItemInput): Observable<ChecklistItem> {
    return this.http.patch<ChecklistItem>(`/api/checklist-items/${id(itemId)}`, input);
  }

  remove(itemId: string): Observable<void> {
    return this.http.delete<void>(`/api/checklist-items/${id(itemId)}`);
  }

  reorder(projectId: string, ids: string[]): Observable<ChecklistItem[]> {
    return this.http.put<ChecklistItem[]>(`/api/projects/${id(projectId)}/checklist/order`, { ids });
  }
}
