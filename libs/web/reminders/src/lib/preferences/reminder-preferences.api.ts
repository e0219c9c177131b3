import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ReminderPreferences, ReminderPreferencesInput } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/reminders/preferences: how the signed-in person gets reminders. */
@Injectable({ providedIn: 'root' })
export class ReminderPreferencesApi {
  private readonly http = inject(HttpClient);

  get(): Observable<ReminderPreferences> {
    return this.http.get<ReminderPreferences>('/api/reminders/preferences');
  }

  set(input: ReminderPreferencesInput): Observable<ReminderPreferences> {
    return this.http.put<ReminderPreferences>('/api/reminders/preferences', input);
  }
}
