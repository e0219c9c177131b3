import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, CoFundingCommitment, CoFundingDecision, CoFundingRequest, LedgerYear } from '@gp/domain';
import { VersionedCollection, callApi } from '@gp/web/core';
import { CoFundingApi } from '@gp/web/co-funding-data';

const byDepartmentAndYear = (a: CoFundingCommitment, b: CoFundingCommitment) =>
  a.departmentName.localeCompare(b.departmentName) || a.year - b.year || a.currency.localeCompare(b.currency);

/**
 * The requests waiting for the signed-in person's decision, the one an email linked to, and
 * the departments' commitments. A decided request stays in the list with its decision until the
 * next visit, so the person sees what they did and keyboard focus has somewhere to stay.
 */
@Injectable({ providedIn: 'root' })
export class ApprovalsStore {
  private readonly api = inject(CoFundingApi);

  private readonly pending = new VersionedCollection<CoFundingRequest>();
  private readonly commitmentList = new VersionedCollection<CoFundingCommitment>({ order: byDepartmentAndYear });

  readonly requests = this.pending.items;
  /** The request from the address, when it is not among the pending ones (decided, or not theirs). */
  readonly linked = signal<CoFundingRequest | null>(null);
  readonly commitments = this.commitmentList.items;
  readonly loaded = signal(false);
  readonly loading = this.pending.loading;
  readonly problem = this.pending.problem;
  readonly linkProblem = signal<ApiError | null>(null);
  readonly commitmentsProblem = this.commitmentList.problem;
  /** The ledger, for the remaining frame of each year beside a request; null until (or unless) it loads. */
  readonly ledger = signal<LedgerYear[] | null>(null);

  async load(): Promise<void> {
    this.loaded.set(false);
    await Promise.all([this.pending.load(() => this.api.pending()), this.loadCommitments(), this.loadLedger()]);
    this.loaded.set(true);
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
      const decided = await this.pending.save(
        this.api.decide(request.id, { decision, comment, version: request.version }),
      );
      this.putLinked(decided);
      void this.loadCommitments();
      void this.loadLedger();
      return decided;
    } catch (error) {
      const current = (error as ApiError).current as CoFundingRequest | undefined;
      if (current) this.putLinked(current);
      throw error;
    }
  }

  /** A request as a recommendation or a recorded body decision left it. */
  took(request: CoFundingRequest): void {
    if (this.requests().some((r) => r.id === request.id)) this.pending.put(request);
    this.putLinked(request);
    void this.loadCommitments();
    void this.loadLedger();
  }

  /** The remaining frame is a help beside the request, not the page's work: without it the cards still show. */
  private async loadLedger(): Promise<void> {
    try {
      this.ledger.set(await callApi(this.api.ledger()));
    } catch {
      this.ledger.set(null);
    }
  }

  private loadCommitments(): Promise<void> {
    return this.commitmentList.load(() => this.api.commitments());
  }

  private putLinked(request: CoFundingRequest): void {
    if (this.linked()?.id === request.id) this.linked.set(request);
  }
}
