import { Injectable, inject } from '@angular/core';
import type { Call, CallInput, Programme, ProgrammeInput } from '@gp/domain';
import { VersionedCollection, callApi, toApiError } from '@gp/web/core';
import { ProgrammesApi } from './programmes.api';

const byName = (a: Programme, b: Programme) => a.name.localeCompare(b.name);
const bySoonestDeadline = (a: Call, b: Call) => Date.parse(a.deadline) - Date.parse(b.deadline);

/** A programme as the page lists it: its calls soonest deadline first, whatever order they came in. */
const sorted = (programme: Programme): Programme => ({
  ...programme,
  calls: [...programme.calls].sort(bySoonestDeadline),
});

/** The programme with this call put in (a new one added, an edited one replaced). */
const withCall = (programme: Programme, call: Call): Programme =>
  sorted({ ...programme, calls: [...programme.calls.filter((c) => c.id !== call.id), call] });

/**
 * Funding programmes and their calls, by name. Writes reject with an ApiError; a stale edit first
 * puts the current record in the list, so what the person sees next is what the server has.
 */
@Injectable({ providedIn: 'root' })
export class ProgrammesStore {
  private readonly api = inject(ProgrammesApi);
  private readonly collection = new VersionedCollection<Programme>({ order: byName, prepare: sorted });

  readonly programmes = this.collection.items;
  readonly loading = this.collection.loading;
  readonly problem = this.collection.problem;

  load(): Promise<void> {
    return this.collection.load(() => this.api.list());
  }

  create(input: ProgrammeInput): Promise<Programme> {
    return this.collection.add(this.api.create(input));
  }

  /** A stale save takes the programme from the 409's body or, lacking that, fetches it again. */
  update(programme: Programme, input: ProgrammeInput): Promise<Programme> {
    return this.collection.save(this.api.update(programme.id, input, programme.version), () =>
      this.api.get(programme.id),
    );
  }

  async addCall(programme: Programme, input: CallInput): Promise<Call> {
    const created = await callApi(this.api.addCall(programme.id, input));
    this.putCall(created);
    return created;
  }

  /** A stale call takes the call from the 409's body or, lacking that, its programme again. */
  async updateCall(call: Call, input: CallInput): Promise<Call> {
    try {
      const saved = await callApi(this.api.updateCall(call.id, input, call.version));
      this.putCall(saved);
      return saved;
    } catch (error) {
      const apiError = toApiError(error);
      const current = apiError.current as Call | undefined;
      if (apiError.code === 'stale_version') {
        if (current) this.putCall(current);
        else await this.collection.takeServerVersion(apiError, () => this.api.get(call.programmeId));
      }
      throw apiError;
    }
  }

  private putCall(call: Call): void {
    this.collection.update((list) => list.map((p) => (p.id === call.programmeId ? withCall(p, call) : p)));
  }
}
