import { signal, type WritableSignal } from '@angular/core';
import type { Observable } from 'rxjs';
import { callApi } from '../http/call-api';
import { LoadState } from './load-state';

/** What the API answers for one page of a log. */
export interface ServerPageAnswer<T> {
  items: T[];
  total: number;
}

/**
 * One page of a list paged on the server (the mail log, the reminders sent). A log's store
 * extends it and says how one page is fetched.
 */
export abstract class ServerPage<T> {
  readonly entries = signal<T[]>([]);
  readonly total = signal(0);
  readonly limit: WritableSignal<number>;
  readonly offset = signal(0);
  private readonly state = new LoadState();
  readonly loading = this.state.loading;
  readonly problem = this.state.problem;

  constructor(pageSize: number) {
    this.limit = signal(pageSize);
  }

  /** Fetches one page; paging quickly sends several requests, and only the latest answer shows. */
  load(limit = this.limit(), offset = this.offset()): Promise<void> {
    this.limit.set(limit);
    this.offset.set(offset);
    return this.state.run(
      () => callApi(this.fetchPage(limit, offset)),
      (page) => {
        this.entries.set(page.items);
        this.total.set(page.total);
      },
    );
  }

  protected abstract fetchPage(limit: number, offset: number): Observable<ServerPageAnswer<T>>;
}
