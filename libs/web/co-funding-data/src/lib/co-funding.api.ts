import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CoFundingBodyDecisionInput,
  CoFundingCommitment,
  CoFundingRecommendationInput,
  Currency,
  LedgerYear,
  CoFundingDecisionInput,
  CoFundingRequest,
  CoFundingRequestInput,
  UpdateCoFundingRequestInput,
} from '@gp/domain';
import { ReadAhead } from '@gp/web/project-data';
import type { Observable } from 'rxjs';
import type { DelegatedDecisions } from './delegated-decisions';

const id = (value: string) => encodeURIComponent(value);

/**
 * The one client of the co-funding resource: a project's requests to the municipality's
 * departments (ask, change, withdraw) and the heads' side (what waits for them, decisions,
 * commitments).
 */
@Injectable({ providedIn: 'root' })
export class CoFundingApi {
  private readonly http = inject(HttpClient);
  private readonly reads = inject(ReadAhead);

  list(projectId: string): Observable<CoFundingRequest[]> {
    return this.reads.get<CoFundingRequest[]>(`/api/projects/${id(projectId)}/co-funding-requests`);
  }

  /** Asks the department; its heads get an email. */
  create(projectId: string, input: CoFundingRequestInput): Observable<CoFundingRequest> {
    return this.http.post<CoFundingRequest>(`/api/projects/${id(projectId)}/co-funding-requests`, input);
  }

  update(requestId: string, input: UpdateCoFundingRequestInput): Observable<CoFundingRequest> {
    return this.http.patch<CoFundingRequest>(`/api/co-funding-requests/${id(requestId)}`, input);
  }

  withdraw(requestId: string, version: number): Observable<CoFundingRequest> {
    return this.http.post<CoFundingRequest>(`/api/co-funding-requests/${id(requestId)}/withdraw`, {
      version,
    });
  }

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

  /** The head's advice to the body on a request above their delegation. */
  recommend(requestId: string, input: CoFundingRecommendationInput): Observable<CoFundingRequest> {
    return this.http.post<CoFundingRequest>(`/api/co-funding-requests/${id(requestId)}/recommendation`, input);
  }

  /** A coordinator or admin records the body's (or its chair's) decision from the minutes. */
  recordBodyDecision(requestId: string, input: CoFundingBodyDecisionInput): Observable<CoFundingRequest> {
    return this.http.post<CoFundingRequest>(`/api/co-funding-requests/${id(requestId)}/body-decision`, input);
  }

  /** Frame, pending, approved, committed, released and remaining per department and budget year. */
  ledger(): Observable<LedgerYear[]> {
    return this.http.get<LedgerYear[]>('/api/co-funding/ledger');
  }

  /** Sets a department's frame for a year; answers with the ledger as it is now. */
  setFrame(departmentId: string, year: number, frame: { amountMinor: number; currency: Currency }): Observable<LedgerYear[]> {
    return this.http.put<LedgerYear[]>(`/api/departments/${id(departmentId)}/co-funding-frames/${year}`, frame);
  }

  /** The head's decisions since the committee last met, to report at its next meeting. */
  delegatedDecisions(departmentId: string): Observable<DelegatedDecisions> {
    return this.http.get<DelegatedDecisions>('/api/co-funding/delegated-decisions', {
      params: new HttpParams().set('departmentId', departmentId),
    });
  }
}
