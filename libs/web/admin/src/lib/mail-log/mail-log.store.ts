import { ServerPage, callApi } from '@gp/web/core';
import { Injectable, inject } from '@angular/core';
import type { MailLogEntry } from '@gp/domain';
import { MailLogApi } from './mail-log.api';

/** One page of the mail log, paged on the server. */
@Injectable({ providedIn: 'root' })
export class MailLogStore extends ServerPage<MailLogEntry> {
  private readonly api = inject(MailLogApi);

  constructor() {
    super(20);
  }

  protected fetchPage(limit: number, offset: number) {
    return this.api.page(limit, offset);
  }

  async sendTest(): Promise<void> {
    await callApi(this.api.sendTest());
  }
}
