import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ReminderPreferences } from '@gp/domain';
import { ReadAhead } from '@gp/web/project-data';
import type { Observable } from 'rxjs';

/** Whether the signed-in person gets reminders about one project. */
@Injectable({ providedIn: 'root' })
export class ProjectMuteApi {
  private readonly http = inject(HttpClient);
  private readonly reads = inject(ReadAhead);

  /** The person's reminder preferences, whose mutedProjectIds says which projects are silent. */
  preferences(): Observable<ReminderPreferences> {
    return this.reads.get<ReminderPreferences>('/api/reminders/preferences');
  }

  mute(projectId: string): Observable<void> {
    return this.http.put<void>(`/api/projects/${encodeURIComponent(projectId)}/mute`, null);
  }

  unmute(projectId: string): Observable<void> {
    return this.http.delete<void>(`/api/projects/${encodeURIComponent(projectId)}/mute`);
  }
}
