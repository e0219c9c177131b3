import { ServerPage, callApi } from '@gp/web/core';
import { Injectable, inject, signal } from '@angular/core';
import { MAIL_STATUSES, type MailLogEntry, type MailStatus } from '@gp/domain';
import { tap } from 'rxjs';
import { MailLogApi } from './mail-log.api';

const NO_COUNTS = Object.fromEntries(MAIL_STATUSES.map((status) => [status, 0])) as Record<
  MailStatus,
  number
>;

/** One page of the mail log, paged on the server, filtered by status. */
@Injectable({ providedIn: 'root' })
export class MailLogStore extends ServerPage<MailLogEntry> {
  private readonly api = inject(MailLogApi);
  /** The statuses shown; none shows every email. */
  readonly statuses = signal<readonly MailStatus[]>([]);
  /** Emails in each status, whatever the filter. */
  readonly counts = signal<Record<MailStatus, number>>(NO_COUNTS);

  constructor() {
    super(20);
  }

  /** Shows the first page of the given statuses. */
  filter(statuses: readonly MailStatus[]): Promise<void> {
    this.statuses.set(statuses);
    return this.load(this.limit(), 0);
  }

  protected fetchPage(limit: number, offset: number) {
    return this.api.page(limit, offset, this.statuses()).pipe(tap((page) => this.counts.set(page.counts)));
  }

  async sendTest(): Promise<void> {
    await callApi(this.api.sendTest());
  }

  async resend(entry: MailLogEntry): Promise<MailLogEntry> {
    return callApi(this.api.resend(entry.id, entry.status === 'flagged' ? { confirm: true } : {}));
  }
}
