import { callApi } from '@gp/web/core';
import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, CreateUserInput, UpdateUserInput, UserAccount } from '@gp/domain';
import { UsersApi } from './users.api';

const byName = (a: UserAccount, b: UserAccount) => a.name.localeCompare(b.name);

/**
 * The people with an account. Writes reject with an ApiError; a stale edit first puts the
 * current record in the list, so the admin edits what the server has.
 */
@Injectable({ providedIn: 'root' })
export class UsersStore {
  private readonly api = inject(UsersApi);

  readonly users = signal<UserAccount[]>([]);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);

  async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.users.set([...(await callApi(this.api.list()))].sort(byName));
    } catch (error) {
      this.problem.set(error as ApiError);
    } finally {
      this.loading.set(false);
    }
  }

  async create(input: CreateUserInput): Promise<UserAccount> {
    const created = await callApi(this.api.create(input));
    this.users.update((list) => [...list, created].sort(byName));
    return created;
  }

  async update(id: string, input: UpdateUserInput): Promise<UserAccount> {
    try {
      const updated = await callApi(this.api.update(id, input));
      this.put(updated);
      return updated;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current) this.put(apiError.current as UserAccount);
      throw apiError;
    }
  }

  private put(user: UserAccount): void {
    this.users.update((list) => list.map((u) => (u.id === user.id ? user : u)).sort(byName));
  }
}
