import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, NotificationLogEntry } from '@gp/domain';
import { callApi } from '@gp/web/core';
import { RemindersApi } from './reminders.api';

/** One page of the reminders sent, paged on the server, for everyone or one project. */
@Injectable({ providedIn: 'root' })
export class NotificationLogStore {
  private readonly api = inject(RemindersApi);

  readonly entries = signal<NotificationLogEntry[]>([]);
  readonly total = signal(0);
  readonly limit = signal(50);
  readonly offset = signal(0);
  /** Null for everyone's reminders; null, not undefined, so it is never taken for a missing argument. */
  readonly projectId = signal<string | null>(null);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);
  // Paging quickly sends several requests; only the latest one's answer may show.
  private latest = 0;

  async load(limit = this.limit(), offset = this.offset(), projectId = this.projectId()): Promise<void> {
    this.limit.set(limit);
    this.offset.set(offset);
    this.projectId.set(projectId);
    this.loading.set(true);
    this.problem.set(null);
    const request = ++this.latest;
    try {
      const page = await callApi(this.api.log(limit, offset, projectId));
      if (request !== this.latest) return;
      this.entries.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      if (request === this.latest) this.problem.set(error as ApiError);
    } finally {
      if (request === this.latest) this.loading.set(false);
    }
  }
}
