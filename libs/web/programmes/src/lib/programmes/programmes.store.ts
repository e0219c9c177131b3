import { callApi } from '@gp/web/core';
import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, Call, CallInput, Programme, ProgrammeInput } from '@gp/domain';
import { ProgrammesApi } from './programmes.api';

const byName = (a: Programme, b: Programme) => a.name.localeCompare(b.name);
const bySoonestDeadline = (a: Call, b: Call) => Date.parse(a.deadline) - Date.parse(b.deadline);

/** A programme as the page lists it: its calls soonest deadline first, whatever order they came in. */
const sorted = (programme: Programme): Programme => ({
  ...programme,
  calls: [...programme.calls].sort(bySoonestDeadline),
});

/**
 * Funding programmes and their calls, by name. Writes reject with an ApiError; a stale edit first
 * puts the current record in the list, so what the person sees next is what the server has.
 */
@Injectable({ providedIn: 'root' })
export class ProgrammesStore {
  private readonly api = inject(ProgrammesApi);

  readonly programmes = signal<Programme[]>([]);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);

  async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.programmes.set((await callApi(this.api.list())).map(sorted).sort(byName));
    } catch (error) {
      this.problem.set(error as ApiError);
    } finally {
      this.loading.set(false);
    }
  }

  async create(input: ProgrammeInput): Promise<Programme> {
    const created = sorted(await callApi(this.api.create(input)));
    this.programmes.update((list) => [...list, created].sort(byName));
    return created;
  }

  async update(programme: Programme, input: ProgrammeInput): Promise<Programme> {
    try {
      const saved = sorted(await callApi(this.api.update(programme.id, input, programme.version)));
      this.put(saved);
      return saved;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version') {
        await this.takeCurrent(programme.id, apiError.current as Programme | undefined);
      }
      throw apiError;
    }
  }

  async addCall(programme: Programme, input: CallInput): Promise<Call> {
    const created = await callApi(this.api.addCall(programme.id, input));
    this.putCall(created);
    return created;
  }

  async updateCall(call: Call, input: CallInput): Promise<Call> {
    try {
      const saved = await callApi(this.api.updateCall(call.id, input, call.version));
      this.putCall(saved);
      return saved;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version') {
        const current = apiError.current as Call | undefined;
        if (current) this.putCall(current);
        else await this.takeCurrent(call.programmeId);
      }
      throw apiError;
    }
  }

  /** The programme as the server has it now, from a 409's body or, lacking that, fetched again. */
  private async takeCurrent(programmeId: string, current?: Programme): Promise<void> {
    try {
      this.put(sorted(current ?? (await callApi(this.api.get(programmeId)))));
    } catch {
      // The write's own error is what the person needs to see; the list refreshes on the next visit.
    }
  }

  private put(programme: Programme): void {
    this.programmes.update((list) => list.map((p) => (p.id === programme.id ? programme : p)).sort(byName));
  }

  private putCall(call: Call): void {
    this.programmes.update((list) =>
      list.map((p) =>
        p.id === call.programmeId
          ? sorted({ ...p, calls: [...p.calls.filter((c) => c.id !== call.id), call] })
          : p,
      ),
    );
  }
}
