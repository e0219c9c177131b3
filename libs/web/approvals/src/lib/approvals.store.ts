import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, CoFundingCommitment, CoFundingDecision, CoFundingRequest } from '@gp/domain';
import { callApi } from '@gp/web/core';
import { ApprovalsApi } from './approvals.api';

const byDepartmentAndYear = (a: CoFundingCommitment, b: CoFundingCommitment) =>
  a.departmentName.localeCompare(b.departmentName) || a.year - b.year || a.currency.localeCompare(b.currency);

/**
 * The requests waiting for the signed-in person's decision, the one an email linked to, and
 * the departments' commitments. A decided request stays in the list with its decision until the
 * next visit, so the person sees what they did and keyboard focus has somewhere to stay.
 */
@Injectable({ providedIn: 'root' })
export class ApprovalsStore {
  private readonly api = inject(ApprovalsApi);

  readonly requests = signal<CoFundingRequest[]>([]);
  /** The request from the address, when it is not among the pending ones (decided, or not theirs). */
  readonly linked = signal<CoFundingRequest | null>(null);
  readonly commitments = signal<CoFundingCommitment[]>([]);
  readonly loaded = signal(false);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);
  readonly linkProblem = signal<ApiError | null>(null);
  readonly commitmentsProblem = signal<ApiError | null>(null);

  async load(): Promise<void> {
    this.loading.set(true);
    this.loaded.set(false);
    this.problem.set(null);
    try {
      const [pending] = await Promise.all([callApi(this.api.pending()), this.loadCommitments()]);
      this.requests.set(pending);
    } catch (error) {
      this.problem.set(error as ApiError);
    } finally {
      this.loading.set(false);
      this.loaded.set(true);
    }
  }

  /** Fetches the linked request unless it is already in the list. */
  async loadLinked(requestId: string): Promise<void> {
    this.linkProblem.set(null);
    if (this.requests().some((r) => r.id === requestId)) {
      this.linked.set(null);
      return;
    }
    try {
      this.linked.set(await callApi(this.api.get(requestId)));
    } catch (error) {
      this.linked.set(null);
      this.linkProblem.set(error as ApiError);
    }
  }

  /**
   * Decides under the version shown. When the API answers with the request as it is now (a stale
   * version, or decided meanwhile), the list takes that first.
   */
  async decide(
    request: CoFundingRequest,
    decision: CoFundingDecision,
    comment: string,
  ): Promise<CoFundingRequest> {
    try {
      const decided = await callApi(
        this.api.decide(request.id, { decision, comment, version: request.version }),
      );
      this.put(decided);
      void this.loadCommitments();
      return decided;
    } catch (error) {
      const apiError = error as ApiError;
      const current = apiError.current as CoFundingRequest | undefined;
      if (current) this.put(current);
      throw apiError;
    }
  }

  private async loadCommitments(): Promise<void> {
    this.commitmentsProblem.set(null);
    try {
      this.commitments.set([...(await callApi(this.api.commitments()))].sort(byDepartmentAndYear));
    } catch (error) {
      this.commitmentsProblem.set(error as ApiError);
    }
  }

  private put(request: CoFundingRequest): void {
    this.requests.update((list) => list.map((r) => (r.id === request.id ? request : r)));
    if (this.linked()?.id === request.id) this.linked.set(request);
  }
}
