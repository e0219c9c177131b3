import { VersionedCollection } from '@gp/web/core';
import { Injectable, inject } from '@angular/core';
import type { CreateUserInput, UpdateUserInput, UserAccount } from '@gp/domain';
import { UsersApi } from './users.api';

const byName = (a: UserAccount, b: UserAccount) => a.name.localeCompare(b.name);

/**
 * The people with an account. Writes reject with an ApiError; a stale edit first puts the
 * current record in the list, so the admin edits what the server has.
 */
@Injectable({ providedIn: 'root' })
export class UsersStore {
  private readonly api = inject(UsersApi);
  private readonly collection = new VersionedCollection<UserAccount>({ order: byName });

  readonly users = this.collection.items;
  readonly loading = this.collection.loading;
  readonly problem = this.collection.problem;

  load(): Promise<void> {
    return this.collection.load(() => this.api.list());
  }

  create(input: CreateUserInput): Promise<UserAccount> {
    return this.collection.add(this.api.create(input));
  }

  update(id: string, input: UpdateUserInput): Promise<UserAccount> {
    return this.collection.save(this.api.update(id, input));
  }
}
