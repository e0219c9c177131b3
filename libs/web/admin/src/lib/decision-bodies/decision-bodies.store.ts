import { Injectable, inject } from '@angular/core';
import type { DecisionBody, DecisionBodyInput } from '@gp/domain';
import { VersionedCollection } from '@gp/web/core';
import { DecisionBodiesApi } from './decision-bodies.api';

// The board first, then the council, then the committees by name: the order a plan is read in.
const KIND_ORDER: Record<DecisionBody['kind'], number> = { municipal_board: 0, council: 1, committee: 2 };
const byKindThenName = (a: DecisionBody, b: DecisionBody) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name);

/**
 * The decision bodies and their meeting plans. Writes reject with an ApiError; a stale edit first
 * puts the server's body in the list, and a body deleted elsewhere reloads the list.
 */
@Injectable({ providedIn: 'root' })
export class DecisionBodiesStore {
  private readonly api = inject(DecisionBodiesApi);
  private readonly collection = new VersionedCollection<DecisionBody>({
    order: byKindThenName,
    prepare: (body) => ({ ...body, meetings: [...body.meetings].sort() }),
    reloadOn: ['not_found'],
  });

  readonly bodies = this.collection.items;
  readonly loading = this.collection.loading;
  readonly problem = this.collection.problem;

  load(): Promise<void> {
    return this.collection.load(() => this.api.list());
  }

  create(input: DecisionBodyInput): Promise<DecisionBody> {
    return this.collection.add(this.api.create(input));
  }

  /** Saves under the version the admin opened. */
  update(body: DecisionBody, input: DecisionBodyInput): Promise<DecisionBody> {
    return this.collection.save(this.api.update(body.id, { ...input, version: body.version }));
  }

  remove(body: DecisionBody): Promise<void> {
    return this.collection.remove(body, this.api.remove(body.id));
  }
}
