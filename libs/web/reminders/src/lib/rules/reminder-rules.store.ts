import { Injectable, inject } from '@angular/core';
import type { ReminderRule } from '@gp/domain';
import { VersionedCollection } from '@gp/web/core';
import { ReminderRulesApi } from './reminder-rules.api';

/**
 * The reminder rules, one per kind of deadline. Writes reject with an ApiError; a stale save first
 * puts the current rule in the list, so what the admin sees next is what the server has.
 */
@Injectable({ providedIn: 'root' })
export class ReminderRulesStore {
  private readonly api = inject(ReminderRulesApi);
  private readonly collection = new VersionedCollection<ReminderRule>({ key: (rule) => rule.kind });

  readonly rules = this.collection.items;
  readonly loading = this.collection.loading;
  readonly problem = this.collection.problem;

  load(): Promise<void> {
    return this.collection.load(() => this.api.list());
  }

  /** Saves new days for the rule's kind, or returns it to the defaults when `offsetsDays` is null. */
  save(rule: ReminderRule, offsetsDays: number[] | null): Promise<ReminderRule> {
    return this.collection.save(this.api.save(rule.kind, { offsetsDays, version: rule.version }));
  }
}
