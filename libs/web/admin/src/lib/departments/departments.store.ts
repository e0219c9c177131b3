import { callApi } from '@gp/web/core';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, Department } from '@gp/domain';
import { DepartmentsApi } from './departments.api';

const byName = (a: Department, b: Department) => a.name.localeCompare(b.name);

/**
 * The municipality's departments. Writes reject with an ApiError; a stale rename first puts
 * the current record in the list, so what the admin sees next is what the server has.
 */
@Injectable({ providedIn: 'root' })
export class DepartmentsStore {
  private readonly api = inject(DepartmentsApi);

  readonly departments = signal<Department[]>([]);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);
  readonly nameById = computed(() => new Map(this.departments().map((d) => [d.id, d.name])));

  async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.departments.set([...(await callApi(this.api.list()))].sort(byName));
    } catch (error) {
      this.problem.set(error as ApiError);
    } finally {
      this.loading.set(false);
    }
  }

  async create(name: string): Promise<Department> {
    const created = await callApi(this.api.create({ name }));
    this.departments.update((list) => [...list, created].sort(byName));
    return created;
  }

  async rename(department: Department, name: string): Promise<Department> {
    try {
      const renamed = await callApi(this.api.rename(department.id, name, department.version));
      this.put(renamed);
      return renamed;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current) this.put(apiError.current as Department);
      throw apiError;
    }
  }

  private put(department: Department): void {
    this.departments.update((list) =>
      list.map((d) => (d.id === department.id ? department : d)).sort(byName),
    );
  }
}
