import { Injectable, inject } from '@angular/core';
import type { DelegationLimit, DelegationLimitInput } from '@gp/domain';
import { VersionedCollection } from '@gp/web/core';
import { DelegationApi } from './delegation.api';

const byDepartment = (a: DelegationLimit, b: DelegationLimit) =>
  a.departmentName.localeCompare(b.departmentName);

/**
 * What each department has delegated to its head. A stale save first puts the department's
 * current delegation in the list, so the admin sees and edits what the server has.
 */
@Injectable({ providedIn: 'root' })
export class DelegationStore {
  private readonly api = inject(DelegationApi);
  private readonly collection = new VersionedCollection<DelegationLimit>({
    key: (limit) => limit.departmentId,
    order: byDepartment,
    reloadOn: ['not_found'],
  });

  readonly limits = this.collection.items;
  readonly loading = this.collection.loading;
  readonly problem = this.collection.problem;

  load(): Promise<void> {
    return this.collection.load(() => this.api.list());
  }

  /** Saves under the department's version the admin opened. */
  set(limit: DelegationLimit, input: Omit<DelegationLimitInput, 'version'>): Promise<DelegationLimit> {
    return this.collection.save(this.api.set(limit.departmentId, { ...input, version: limit.version }));
  }
}
