import { Injectable, computed, inject, signal } from '@angular/core';
import {
  checklistProgress,
  type ApiError,
  type ChecklistItem,
  type ChecklistItemInput,
  type UpdateChecklistItemInput,
} from '@gp/domain';
import { TODAY, VersionedCollection, callApi, toApiError } from '@gp/web/core';
import { defer, finalize, type Observable } from 'rxjs';
import { ChecklistApi } from './checklist.api';

/** Answers that mean the list changed under the person: the store loads it again before rejecting. */
const LIST_CHANGED = ['stale_version', 'list_changed', 'not_found'];

export function listChanged(error: ApiError): boolean {
  return LIST_CHANGED.includes(error.code);
}

/**
 * One application's checklist, for the project page's checklist section (provided there, so
 * each page has its own). Writes reject with the ApiError; when the list changed under the
 * person, it is loaded again first, so what they see next is what the server has.
 */
@Injectable()
export class ChecklistStore {
  private readonly api = inject(ChecklistApi);
  private readonly today = inject(TODAY);
  private readonly collection = new VersionedCollection<ChecklistItem>({ reloadOn: LIST_CHANGED });
  private projectId: string | null = null;

  readonly items = this.collection.items;
  readonly loaded = this.collection.loaded;
  readonly loading = this.collection.loading;
  readonly problem = this.collection.problem;
  /** Items with a write on its way; their controls wait for it. */
  readonly pending = signal<ReadonlySet<string>>(new Set());

  readonly progress = computed(() => checklistProgress(this.items(), this.today()));

  load(projectId: string): Promise<void> {
    this.projectId = projectId;
    return this.collection.load(() => this.api.list(projectId));
  }

  /** Ticks or unticks at once; the server's answer then says who and when. */
  async tick(item: ChecklistItem, done: boolean): Promise<ChecklistItem> {
    this.collection.put({ ...item, doneAt: done ? new Date().toISOString() : null, doneById: null, doneByName: null });
    try {
      const saved = await callApi(this.pendingWhile(item, this.api.update(item.id, { done, version: item.version })));
      this.collection.put(saved);
      return saved;
    } catch (error) {
      this.collection.put(item);
      const apiError = toApiError(error);
      // The tick is undone whatever the server sent; a changed list is loaded again.
      if (listChanged(apiError)) await this.collection.reload();
      throw apiError;
    }
  }

  add(input: ChecklistItemInput): Promise<ChecklistItem> {
    return this.collection.add(this.api.add(this.requireProject(), input));
  }

  /** Saves an edit under the version the person opened; a stale one takes the server's item. */
  update(item: ChecklistItem, input: Omit<UpdateChecklistItemInput, 'version'>): Promise<ChecklistItem> {
    return this.collection.save(this.pendingWhile(item, this.api.update(item.id, { ...input, version: item.version })));
  }

  remove(item: ChecklistItem): Promise<void> {
    return this.collection.remove(item, this.pendingWhile(item, this.api.remove(item.id)));
  }

  /** Moves an item one place up (-1) or down (+1) at once, then saves the order. */
  move(item: ChecklistItem, offset: -1 | 1): Promise<void> {
    const projectId = this.requireProject();
    return this.collection.move(item, offset, (ids) => this.api.reorder(projectId, ids));
  }

  /** The same request, marking the item busy until it settles; its controls wait for it. */
  private pendingWhile<T>(item: ChecklistItem, request: Observable<T>): Observable<T> {
    return defer(() => {
      this.markPending(item, true);
      return request;
    }).pipe(finalize(() => this.markPending(item, false)));
  }

  private markPending(item: ChecklistItem, busy: boolean): void {
    this.pending.update((ids) => {
      const next = new Set(ids);
      if (busy) next.add(item.id);
      else next.delete(item.id);
      return next;
    });
  }

  private requireProject(): string {
    if (!this.projectId) throw new Error('ChecklistStore.load() first');
    return this.projectId;
  }
}
