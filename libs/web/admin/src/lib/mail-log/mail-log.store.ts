import { ServerPage, callApi } from '@gp/web/core';
import { Injectable, inject } from '@angular/core';
import type { MailLogEntry } from '@gp/domain';
import { MailLogApi } from './mail-log.api';

/** One page of the mail log, paged on the server. */
@Injectable({ providedIn: 'root' })
export class MailLogStore {
  private readonly api = inject(MailLogApi);
  private readonly page = new ServerPage<MailLogEntry>(20);

  readonly entries = this.page.entries;
  readonly total = this.page.total;
  readonly limit = this.page.limit;
  readonly offset = this.page.offset;
  readonly loading = this.page.loading;
  readonly problem = this.page.problem;

  load(limit = this.limit(), offset = this.offset()): Promise<void> {
    return this.page.load(limit, offset, () => this.api.page(limit, offset));
  }

  async sendTest(): Promise<void> {
    await callApi(this.api.sendTest());
  }
}
