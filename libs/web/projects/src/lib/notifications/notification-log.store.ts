import { Injectable, inject, signal } from '@angular/core';
import type { NotificationLogEntry } from '@gp/domain';
import { ServerPage } from '@gp/web/core';
import { RemindersApi } from './reminders.api';

/** One page of the reminders sent, paged on the server, for everyone or one project. */
@Injectable({ providedIn: 'root' })
export class NotificationLogStore {
  private readonly api = inject(RemindersApi);
  private readonly page = new ServerPage<NotificationLogEntry>(50);

  readonly entries = this.page.entries;
  readonly total = this.page.total;
  readonly limit = this.page.limit;
  readonly offset = this.page.offset;
  /** Null for everyone's reminders; null, not undefined, so it is never taken for a missing argument. */
  readonly projectId = signal<string | null>(null);
  readonly loading = this.page.loading;
  readonly problem = this.page.problem;

  load(limit = this.limit(), offset = this.offset(), projectId = this.projectId()): Promise<void> {
    this.projectId.set(projectId);
    return this.page.load(limit, offset, () => this.api.log(limit, offset, projectId));
  }
}
