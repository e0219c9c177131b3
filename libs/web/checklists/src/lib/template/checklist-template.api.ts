import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChecklistTemplateItem, ChecklistTemplateItemInput } from '@gp/domain';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** A programme's checklist template: read by everyone, kept by admins and coordinators. */
@Injectable({ providedIn: 'root' })
export class ChecklistTemplateApi {
  private readonly http = inject(HttpClient);

  list(programmeId: string): Observable<ChecklistTemplateItem[]> {
    return this.http.get<ChecklistTemplateItem[]>(`/api/programmes/${id(programmeId)}/checklist-template`);
  }

  add(programmeId: string, input: ChecklistTemplateItemInput): Observable<ChecklistTemplateItem> {
    return this.http.post<ChecklistTemplateItem>(
      `/api/programmes/${id(programmeId)}/checklist-template`,
      input,
    );
  }

  update(
    itemId: string,
    input: Partial<ChecklistTemplateItemInput> & { version: number },
  ): Observable<ChecklistTemplateItem> {
    return this.http.patch<ChecklistTemplateItem>(`/api/checklist-template-items/${id(itemId)}`, input);
  }

  remove(itemId: string): Observable<void> {
    return this.http.delete<void>(`/api/checklist-template-items/${id(itemId)}`);
  }

  reorder(programmeId: string, ids: string[]): Observable<ChecklistTemplateItem[]> {
    return this.http.put<ChecklistTemplateItem[]>(
      `/api/programmes/${id(programmeId)}/checklist-template/order`,
      {
        ids,
      },
    );
  }
}
