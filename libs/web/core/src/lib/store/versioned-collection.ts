import { signal } from '@angular/core';
import type { ApiError } from '@gp/domain';
import type { Observable } from 'rxjs';
import { callApi } from '../http/call-api';
import { toApiError } from '../http/api-error';
import { LoadState } from './load-state';

/** How one collection is keyed, kept in order, and when it is loaded again. */
export interface VersionedCollectionOptions<T> {
  /** What tells two records apart; `id` unless said otherwise. */
  key?: (record: T) => string;
  /** The order the page shows; kept after every change. None keeps the server's order. */
  order?: (a: T, b: T) => number;
  /** Shapes each record the server sends before it is kept (e.g. sorts its children). */
  prepare?: (record: T) => T;
  /**
   * Error codes that mean the list changed under the person (a stale version the server sent no
   * record with, a list reordered elsewhere, a record deleted): the collection loads again before
   * the write rejects, so what they see next is what the server has.
   */
  reloadOn?: readonly string[];
}

const byId = (record: unknown) => (record as { id: string }).id;

/**
 * A list of versioned records a page edits: load with loading/loaded/problem, writes that keep
 * the list in step with the server's answer, a 409 stale version that takes the server's
 * `current` record (so the person sees and edits what the server has) and rejects so the page
 * can tell them, and reorder at once with the server's order taken after.
 * Stores hold one and expose its signals under their own words.
 */
export class VersionedCollection<T> {
  readonly items = signal<T[]>([]);
  private readonly state = new LoadState();
  readonly loading = this.state.loading;
  readonly loaded = this.state.loaded;
  readonly problem = this.state.problem;
  private readonly key: (record: T) => string;
  private lastFetch: (() => Observable<T[]>) | null = null;
  /** Only the answer to the latest reorder counts, when someone presses "move" quickly. */
  private reorders = 0;

  constructor(private readonly options: VersionedCollectionOptions<T> = {}) {
    this.key = options.key ?? byId;
  }

  /** Fetches the whole list; a later `load` wins over an earlier one whose answer comes late. */
  load(fetch: () => Observable<T[]>): Promise<void> {
    this.lastFetch = fetch;
    return this.state.load(fetch(), (records) => this.set(records.map((r) => this.prepare(r))));
  }

  /** Loads again with the last fetch, when there was one. */
  async reload(): Promise<void> {
    if (this.lastFetch) await this.load(this.lastFetch);
  }

  /** Sends a create and adds the server's record. */
  async add(send: Observable<T>): Promise<T> {
    const created = this.prepare(await callApi(send));
    this.set([...this.items(), created]);
    return created;
  }

  /** Sends a write of one record and keeps the server's answer; see `takeServerVersion` on failure. */
  async save(send: Observable<T>, refetch?: () => Observable<T>): Promise<T> {
    try {
      const saved = this.prepare(await callApi(send));
      this.put(saved);
      return saved;
    } catch (error) {
      throw await this.takeServerVersion(toApiError(error), refetch);
    }
  }

  /** Sends a delete and drops the record. */
  async remove(record: T, send: Observable<unknown>): Promise<void> {
    try {
      await callApi(send);
      const key = this.key(record);
      this.set(this.items().filter((r) => this.key(r) !== key));
    } catch (error) {
      throw await this.takeServerVersion(toApiError(error));
    }
  }

  /** Moves a record one place up (-1) or down (+1) at once, then saves the order the server keeps. */
  async move(record: T, offset: -1 | 1, saveOrder: (keys: string[]) => Observable<T[]>): Promise<void> {
    const before = this.items();
    const from = before.findIndex((r) => this.key(r) === this.key(record));
    const to = from + offset;
    if (from < 0 || to < 0 || to >= before.length) return;
    const moved = [...before];
    moved.splice(to, 0, ...moved.splice(from, 1));
    this.items.set(moved);
    const reorder = ++this.reorders;
    try {
      const saved = await callApi(saveOrder(moved.map(this.key)));
      if (reorder === this.reorders) this.items.set(saved.map((r) => this.prepare(r)));
    } catch (error) {
      if (reorder === this.reorders) this.items.set(before);
      throw await this.takeServerVersion(toApiError(error));
    }
  }

  /** Replaces one record in place (same key), keeping the order. */
  put(record: T): void {
    const key = this.key(record);
    this.set(this.items().map((r) => (this.key(r) === key ? record : r)));
  }

  /** Changes the list locally, e.g. an optimistic tick, keeping the order. */
  update(change: (records: T[]) => T[]): void {
    this.set(change(this.items()));
  }

  /**
   * After a refused write: the record as the server has it now, from the answer's `current` or,
   * for a stale version without one, from `refetch`; or the whole list again when the code says
   * it changed. Resolves to the error, for the caller to throw.
   */
  async takeServerVersion(error: ApiError, refetch?: () => Observable<T>): Promise<ApiError> {
    const current = error.current as T | undefined;
    if (current) {
      this.put(this.prepare(current));
    } else if (error.code === 'stale_version' && refetch) {
      try {
        this.put(this.prepare(await callApi(refetch())));
      } catch {
        // The write's own error is what the person needs to see; the list refreshes on the next visit.
      }
    } else if (this.options.reloadOn?.includes(error.code)) {
      await this.reload();
    }
    return error;
  }

  private set(records: T[]): void {
    this.items.set(this.options.order ? [...records].sort(this.options.order) : records);
  }

  private prepare(record: T): T {
    return this.options.prepare ? this.options.prepare(record) : record;
  }
}
