import { Injectable, inject, signal } from '@angular/core';
import type {
  ApiError,
  CoFundingRequest,
  CoFundingRequestInput,
  UpdateCoFundingRequestInput,
} from '@gp/domain';
import { callApi } from '@gp/web/core';
import { CoFundingApi } from './co-funding.api';

/**
 * One project's co-funding requests, for the project page's co-funding section (provided there).
 * Writes reject with the ApiError; a stale one first takes the request as the server has it.
 */
@Injectable()
export class CoFundingStore {
  private readonly api = inject(CoFundingApi);
  private projectId: string | null = null;

  readonly requests = signal<CoFundingRequest[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<ApiError | null>(null);

  async load(projectId: string): Promise<void> {
    this.projectId = projectId;
    this.problem.set(null);
    try {
      const requests = await callApi(this.api.list(projectId));
      if (projectId === this.projectId) this.requests.set(requests);
    } catch (error) {
      if (projectId === this.projectId) this.problem.set(error as ApiError);
    } finally {
      if (projectId === this.projectId) this.loaded.set(true);
    }
  }

  async create(input: CoFundingRequestInput): Promise<CoFundingRequest> {
    if (!this.projectId) throw new Error('CoFundingStore.load() first');
    const created = await callApi(this.api.create(this.projectId, input));
    this.requests.update((requests) => [...requests, created]);
    return created;
  }

  async update(
    request: CoFundingRequest,
    input: Omit<UpdateCoFundingRequestInput, 'version'>,
  ): Promise<CoFundingRequest> {
    return this.write(request, () =>
      callApi(this.api.update(request.id, { ...input, version: request.version })),
    );
  }

  async withdraw(request: CoFundingRequest): Promise<CoFundingRequest> {
    return this.write(request, () => callApi(this.api.withdraw(request.id, request.version)));
  }

  private async write(
    request: CoFundingRequest,
    send: () => Promise<CoFundingRequest>,
  ): Promise<CoFundingRequest> {
    try {
      const saved = await send();
      this.put(saved);
      return saved;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version') {
        const current = apiError.current as CoFundingRequest | undefined;
        if (current) this.put(current);
        else if (this.projectId) await this.load(this.projectId);
      }
      throw apiError;
    }
  }

  private put(request: CoFundingRequest): void {
    this.requests.update((requests) => requests.map((r) => (r.id === request.id ? request : r)));
  }
}
