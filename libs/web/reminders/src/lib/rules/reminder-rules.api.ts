import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DeadlineKind, ReminderRule, ReminderRuleInput } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/reminders/rules: the reminder days of each kind of deadline, set by admins. */
@Injectable({ providedIn: 'root' })
export class ReminderRulesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ReminderRule[]> {
    return this.http.get<ReminderRule[]>('/api/reminders/rules');
  }

  save(kind: DeadlineKind, input: ReminderRuleInput): Observable<ReminderRule> {
    return this.http.put<ReminderRule>(`/api/reminders/rules/${encodeURIComponent(kind)}`, input);
  }
}
