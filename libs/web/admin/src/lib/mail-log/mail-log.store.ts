import { callApi } from '@gp/web/core';
import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, MailLogEntry } from '@gp/domain';
import { MailLogApi } from './mail-log.api';

/** One page of the mail log, paged on the server. */
@Injectable({ providedIn: 'root' })
export class MailLogStore {
  private readonly api = inject(MailLogApi);

  readonly entries = signal<MailLogEntry[]>([]);
  readonly total = signal(0);
  readonly limit = signal(20);
  readonly offset = signal(0);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);
  // Paging quickly sends several requests; only the latest one's answer may show.
  private latest = 0;

  async load(limit = this.limit(), offset = this.offset()): Promise<void> {
    this.limit.set(limit);
    this.offset.set(offset);
    this.loading.set(true);
    this.problem.set(null);
    const request = ++this.latest;
    try {
      const page = await callApi(this.api.page(limit, offset));
      if (request !== this.latest) return;
      this.entries.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      if (request === this.latest) this.problem.set(error as ApiError);
    } finally {
      if (request === this.latest) this.loading.set(false);
    }
  }

  async sendTest(): Promise<void> {
    await callApi(this.api.sendTest());
  }
}
