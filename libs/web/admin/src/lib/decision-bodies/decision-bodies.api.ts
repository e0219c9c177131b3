import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DecisionBody, DecisionBodyInput, UpdateDecisionBodyInput } from '@gp/domain';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** /api/decision-bodies: the bodies that decide co-funding and their meeting plans; read by all, kept by admins. */
@Injectable({ providedIn: 'root' })
export class DecisionBodiesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<DecisionBody[]> {
    return this.http.get<DecisionBody[]>('/api/decision-bodies');
  }

  create(input: DecisionBodyInput): Observable<DecisionBody> {
    return this.http.post<DecisionBody>('/api/decision-bodies', input);
  }

  update(bodyId: string, input: UpdateDecisionBodyInput): Observable<DecisionBody> {
    return this.http.patch<DecisionBody>(`/api/decision-bodies/${id(bodyId)}`, input);
  }

  remove(bodyId: string): Observable<void> {
    return this.http.delete<void>(`/api/decision-bodies/${id(bodyId)}`);
  }
}
