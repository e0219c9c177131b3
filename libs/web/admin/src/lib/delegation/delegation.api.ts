import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DelegationLimit, DelegationLimitInput } from '@gp/domain';
import type { Observable } from 'rxjs';

/** Each department's delegation: read by everyone signed in, set by admins. */
@Injectable({ providedIn: 'root' })
export class DelegationApi {
  private readonly http = inject(HttpClient);

  list(): Observable<DelegationLimit[]> {
    return this.http.get<DelegationLimit[]>('/api/delegation-limits');
  }

  /** `input.version` is the department's version. */
  set(departmentId: string, input: DelegationLimitInput): Observable<DelegationLimit> {
    return this.http.put<DelegationLimit>(
      `/api/departments/${encodeURIComponent(departmentId)}/delegation`,
      input,
    );
  }
}
