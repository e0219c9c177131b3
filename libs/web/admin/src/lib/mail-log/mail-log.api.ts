import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MailLogPage } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/mail-log: the emails the desk sent or kept, newest first, a page at a time. */
@Injectable({ providedIn: 'root' })
export class MailLogApi {
  private readonly http = inject(HttpClient);

  page(limit: number, offset: number): Observable<MailLogPage> {
    const params = new HttpParams().set('limit', limit).set('offset', offset);
    return this.http.get<MailLogPage>('/api/mail-log', { params });
  }

  /** Queues a test email to the signed-in admin. */
  sendTest(): Observable<{ messageId: string }> {
    return this.http.post<{ messageId: string }>('/api/mail-log/test', {});
  }
}
