import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, ReminderRule } from '@gp/domain';
import { callApi } from '@gp/web/core';
import { ReminderRulesApi } from './reminder-rules.api';

/**
 * The reminder rules, one per kind of deadline. Writes reject with an ApiError; a stale save first
 * puts the current rule in the list, so what the admin sees next is what the server has.
 */
@Injectable({ providedIn: 'root' })
export class ReminderRulesStore {
  private readonly api = inject(ReminderRulesApi);

  readonly rules = signal<ReminderRule[]>([]);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);

  async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.rules.set(await callApi(this.api.list()));
    } catch (error) {
      this.problem.set(error as ApiError);
    } finally {
      this.loading.set(false);
    }
  }

  /** Saves new days for the rule's kind, or returns it to the defaults when `offsetsDays` is null. */
  async save(rule: ReminderRule, offsetsDays: number[] | null): Promise<ReminderRule> {
    try {
      const saved = await callApi(this.api.save(rule.kind, { offsetsDays, version: rule.version }));
      this.put(saved);
      return saved;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current) this.put(apiError.current as ReminderRule);
      throw apiError;
    }
  }

  private put(rule: ReminderRule): void {
    this.rules.update((list) => list.map((r) => (r.kind === rule.kind ? rule : r)));
  }
}
