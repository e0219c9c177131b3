import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CoFundingRequest, CoFundingRequestInput, UpdateCoFundingRequestInput } from '@gp/domain';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** A project's requests for co-funding from the municipality's departments. */
@Injectable({ providedIn: 'root' })
export class CoFundingApi {
  private readonly http = inject(HttpClient);

  list(projectId: string): Observable<CoFundingRequest[]> {
    return this.http.get<CoFundingRequest[]>(`/api/projects/${id(projectId)}/co-funding-requests`);
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
}
