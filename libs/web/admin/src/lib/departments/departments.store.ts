import { VersionedCollection } from '@gp/web/core';
import { Injectable, computed, inject } from '@angular/core';
import type { Department } from '@gp/domain';
import { DepartmentsApi } from './departments.api';

const byName = (a: Department, b: Department) => a.name.localeCompare(b.name);

/**
 * The municipality's departments. Writes reject with an ApiError; a stale rename first puts
 * the current record in the list, so what the admin sees next is what the server has.
 */
@Injectable({ providedIn: 'root' })
export class DepartmentsStore {
  private readonly api = inject(DepartmentsApi);
  private readonly collection = new VersionedCollection<Department>({ order: byName });

  readonly departments = this.collection.items;
  readonly loading = this.collection.loading;
  readonly problem = this.collection.problem;
  readonly nameById = computed(() => new Map(this.departments().map((d) => [d.id, d.name])));

  load(): Promise<void> {
    return this.collection.load(() => this.api.list());
  }

  create(name: string): Promise<Department> {
    return this.collection.add(this.api.create({ name }));
  }

  rename(department: Department, name: string): Promise<Department> {
    return this.collection.save(this.api.rename(department.id, name, department.version));
  }
}
