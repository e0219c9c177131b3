import { HttpClient, HttpEventType } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DOCUMENT_FILE_FIELD, type AttachedDocument, type ChecklistItem, type ChecklistItemDocument } from '@gp/domain';
import { filter, map, type Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** How far an attachment has come (0–100), and at the end what the server answered. */
export type AttachProgress = { percent: number; attached?: AttachedDocument };

/** Where an item's document downloads from: the project's document address. */
export function checklistDocumentUrl(item: Pick<ChecklistItem, 'projectId'>, document: ChecklistItemDocument): string {
  return `/api/projects/${id(item.projectId)}/documents/${id(document.id)}/content`;
}

/** Documents attached to checklist items; a multipart write, so the session interceptor adds the CSRF token. */
@Injectable({ providedIn: 'root' })
export class ChecklistDocumentsApi {
  private readonly http = inject(HttpClient);

  attach(itemId: string, file: File): Observable<AttachProgress> {
    const body = new FormData();
    body.append(DOCUMENT_FILE_FIELD, file, file.name);
    return this.http
      .post<AttachedDocument>(`/api/checklist-items/${id(itemId)}/documents`, body, {
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event) => {
          if (event.type === HttpEventType.Response) return { percent: 100, attached: event.body ?? undefined };
          if (event.type === HttpEventType.UploadProgress)
            return { percent: event.total ? Math.round((100 * event.loaded) / event.total) : 0 };
          return null;
        }),
        filter((progress): progress is AttachProgress => progress !== null),
      );
  }
}
