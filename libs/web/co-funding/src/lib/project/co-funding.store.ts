import { Injectable, inject } from '@angular/core';
import type { CoFundingRequest, CoFundingRequestInput, UpdateCoFundingRequestInput } from '@gp/domain';
import { VersionedCollection } from '@gp/web/core';
import { CoFundingApi } from '@gp/web/co-funding-data';

/**
 * One project's co-funding requests, for the project page's co-funding section (provided there).
 * Writes reject with the ApiError; a stale one first takes the request as the server has it.
 */
@Injectable()
export class CoFundingStore {
  private readonly api = inject(CoFundingApi);
  private readonly collection = new VersionedCollection<CoFundingRequest>({ reloadOn: ['stale_version'] });
  private projectId: string | null = null;

  readonly requests = this.collection.items;
  readonly loaded = this.collection.loaded;
  readonly problem = this.collection.problem;

  load(projectId: string): Promise<void> {
    this.projectId = projectId;
    return this.collection.load(() => this.api.list(projectId));
  }

  create(input: CoFundingRequestInput): Promise<CoFundingRequest> {
    if (!this.projectId) throw new Error('CoFundingStore.load() first');
    return this.collection.add(this.api.create(this.projectId, input));
  }

  update(request: CoFundingRequest, input: Omit<UpdateCoFundingRequestInput, 'version'>): Promise<CoFundingRequest> {
    return this.collection.save(this.api.update(request.id, { ...input, version: request.version }));
  }

  /** A request as another write (a recorded decision) left it. */
  put(request: CoFundingRequest): void {
    this.collection.put(request);
  }

  withdraw(request: CoFundingRequest): Promise<CoFundingRequest> {
    return this.collection.save(this.api.withdraw(request.id, request.version));
  }
}
