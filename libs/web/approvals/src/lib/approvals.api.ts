import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CoFundingCommitment, CoFundingDecisionInput, CoFundingRequest } from '@gp/domain';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** Co-funding as heads of department see it: what waits for them, decisions, and commitments. */
@Injectable({ providedIn: 'root' })
export class ApprovalsApi {
  private readonly http = inject(HttpClient);

  /** The pending requests the signed-in person sees: a head their departments', an admin all. */
  pending(): Observable<CoFundingRequest[]> {
    return this.http.get<CoFundingRequest[]>('/api/co-funding-requests', {
      params: new HttpParams().set('status', 'pending'),
    });
  }

  get(requestId: string): Observable<CoFundingRequest> {
    return this.http.get<CoFundingRequest>(`/api/co-funding-requests/${id(requestId)}`);
  }

  decide(requestId: string, input: CoFundingDecisionInput): Observable<CoFundingRequest> {
    return this.http.post<CoFundingRequest>(`/api/co-funding-requests/${id(requestId)}/decision`, input);
  }

  commitments(): Observable<CoFundingCommitment[]> {
    return this.http.get<CoFundingCommitment[]>('/api/co-funding/commitments');
  }
}
