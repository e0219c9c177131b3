import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MailLogEntry, MailLogPage, MailStatus, ResendMailRequest } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/mail-log: the emails the desk sent or kept, newest first, a page at a time. */
@Injectable({ providedIn: 'root' })
export class MailLogApi {
  private readonly http = inject(HttpClient);

  /** Only the given statuses, when there are any; the counts of every status come along. */
  page(limit: number, offset: number, statuses: readonly MailStatus[] = []): Observable<MailLogPage> {
    let params = new HttpParams().set('limit', limit).set('offset', offset);
    if (statuses.length > 0) params = params.set('status', statuses.join(','));
    return this.http.get<MailLogPage>('/api/mail-log', { params });
  }

  /** Queues a test email to the signed-in admin. */
  sendTest(): Observable<{ messageId: string }> {
    return this.http.post<{ messageId: string }>('/api/mail-log/test', {});
  }

  /** Queues a failed email again; a flagged one needs `confirm`, as it may already have arrived. */
  resend(id: string, request: ResendMailRequest): Observable<MailLogEntry> {
    return this.http.post<MailLogEntry>(`/api/mail-log/${id}/resend`, request);
  }
}
