import { HttpClient, HttpEventType, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DOCUMENT_FILE_FIELD, type ProjectDocument } from '@gp/domain';
import { ReadAhead } from '@gp/web/project-data';
import { filter, map, type Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** How far an upload has come (0–100), and at the end what the server kept. */
export type UploadProgress = { percent: number; document?: ProjectDocument };

/** The address a document downloads from; a plain link, so the browser streams it to disk. */
export function documentContentUrl(document: Pick<ProjectDocument, 'id' | 'projectId'>): string {
  return `/api/projects/${id(document.projectId)}/documents/${id(document.id)}/content`;
}

/** A project's documents. Uploads are multipart writes: the session interceptor adds the CSRF token. */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);
  private readonly reads = inject(ReadAhead);

  /** Through ReadAhead: the project page starts this read with its own (projectPageReads). */
  list(projectId: string): Observable<ProjectDocument[]> {
    return this.reads.get<ProjectDocument[]>(`/api/projects/${id(projectId)}/documents`);
  }

  /** Uploads a file, telling its progress as it goes and the stored document at the end. */
  upload(projectId: string, file: File): Observable<UploadProgress> {
    return this.send('POST', `/api/projects/${id(projectId)}/documents`, file);
  }

  /** Puts a new file in a document's place: the answer is the new document, the old one is gone. */
  replace(document: ProjectDocument, file: File): Observable<UploadProgress> {
    return this.send('PUT', documentContentUrl(document), file);
  }

  private send(method: 'POST' | 'PUT', url: string, file: File): Observable<UploadProgress> {
    const body = new FormData();
    body.append(DOCUMENT_FILE_FIELD, file, file.name);
    return this.http
      .request<ProjectDocument>(method, url, { body, reportProgress: true, observe: 'events' })
      .pipe(
        filter((event) => event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response),
        map((event: HttpEvent<ProjectDocument>) =>
          event.type === HttpEventType.Response
            ? { percent: 100, document: event.body ?? undefined }
            : { percent: event.type === HttpEventType.UploadProgress && event.total ? Math.round((100 * event.loaded) / event.total) : 0 },
        ),
      );
  }

  remove(document: ProjectDocument): Observable<void> {
    return this.http.delete<void>(`/api/projects/${id(document.projectId)}/documents/${id(document.id)}`);
  }
}
