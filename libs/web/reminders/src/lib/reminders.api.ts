import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NotificationLogPage, PlannedReminder } from '@gp/domain';
import { ReadAhead } from '@gp/web/project-data';
import type { Observable } from 'rxjs';

/**
 * /api/notifications (the reminders sent, newest first, a page at a time) and
 * /api/reminders/planned (the next ones, soonest first). Admins and coordinators see everyone's;
 * others what concerns them.
 */
@Injectable({ providedIn: 'root' })
export class RemindersApi {
  private readonly http = inject(HttpClient);
  private readonly reads = inject(ReadAhead);

  log(limit: number, offset: number, projectId?: string | null): Observable<NotificationLogPage> {
    let params = new HttpParams().set('limit', limit).set('offset', offset);
    if (projectId) params = params.set('projectId', projectId);
    return this.http.get<NotificationLogPage>('/api/notifications', { params });
  }

  planned(projectId?: string): Observable<PlannedReminder[]> {
    return this.reads.get<PlannedReminder[]>('/api/reminders/planned', projectId ? { projectId } : undefined);
  }
}
