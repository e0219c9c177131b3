import { Injectable, inject, signal } from '@angular/core';
import type { NotificationLogEntry } from '@gp/domain';
import { ServerPage } from '@gp/web/core';
import { RemindersApi } from './reminders.api';

/** One page of the reminders sent, paged on the server, for everyone or one project. */
@Injectable({ providedIn: 'root' })
export class NotificationLogStore extends ServerPage<NotificationLogEntry> {
  private readonly api = inject(RemindersApi);
  /** Null for everyone's reminders; null, not undefined, so it is never taken for a missing argument. */
  readonly projectId = signal<string | null>(null);

  constructor() {
    super(50);
  }

  override load(limit = this.limit(), offset = this.offset(), projectId = this.projectId()): Promise<void> {
    this.projectId.set(projectId);
    return super.load(limit, offset);
  }

  protected fetchPage(limit: number, offset: number) {
    return this.api.log(limit, offset, this.projectId());
  }
}
