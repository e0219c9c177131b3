import { Injectable, computed, inject, signal } from '@angular/core';
import {
  checklistProgress,
  type ApiError,
  type ChecklistItem,
  type ChecklistItemInput,
  type UpdateChecklistItemInput,
} from '@gp/domain';
import { TODAY, callApi } from '@gp/web/core';
import type { Observable } from 'rxjs';
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
  private projectId: string | null = null;
  /** Only the answer to the latest reorder counts, when someone presses "move" quickly. */
  private reorders = 0;

  readonly items = signal<ChecklistItem[]>([]);
  readonly loaded = signal(false);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);
  /** Items with a write on its way; their controls wait for it. */
  readonly pending = signal<ReadonlySet<string>>(new Set());

  readonly progress = computed(() => checklistProgress(this.items(), this.today()));

  async load(projectId: string): Promise<void> {
    this.projectId = projectId;
    this.loading.set(true);
    this.problem.set(null);
    try {
      const items = await callApi(this.api.list(projectId));
      if (projectId === this.projectId) this.items.set(items);
    } catch (error) {
      if (projectId === this.projectId) this.problem.set(error as ApiError);
    } finally {
      if (projectId === this.projectId) {
        this.loading.set(false);
        this.loaded.set(true);
      }
    }
  }

  /** Ticks or unticks at once; the server's answer then says who and when. */
  async tick(item: ChecklistItem, done: boolean): Promise<ChecklistItem> {
    this.put({ ...item, doneAt: done ? new Date().toISOString() : null, doneById: null, doneByName: null });
    try {
      const saved = await this.write(item, this.api.update(item.id, { done, version: item.version }));
      this.put(saved);
      return saved;
    } catch (error) {
      this.put(item);
      throw await this.reloadIfChanged(error as ApiError);
    }
  }

  async add(input: ChecklistItemInput): Promise<ChecklistItem> {
    const projectId = this.requireProject();
    const created = await callApi(this.api.add(projectId, input));
    this.items.update((items) => [...items, created]);
    return created;
  }

  /** Saves an edit under the version the person opened; a stale one takes the server's item. */
  async update(
    item: ChecklistItem,
    input: Omit<UpdateChecklistItemInput, 'version'>,
  ): Promise<ChecklistItem> {
    try {
      const saved = await this.write(item, this.api.update(item.id, { ...input, version: item.version }));
      this.put(saved);
      return saved;
    } catch (error) {
      const apiError = error as ApiError;
      const current = apiError.current as ChecklistItem | undefined;
      if (apiError.code === 'stale_version' && current) this.put(current);
      else await this.reloadIfChanged(apiError);
      throw apiError;
    }
  }

  async remove(item: ChecklistItem): Promise<void> {
    try {
      await this.write(item, this.api.remove(item.id));
      this.items.update((items) => items.filter((i) => i.id !== item.id));
    } catch (error) {
      throw await this.reloadIfChanged(error as ApiError);
    }
  }

  /** Moves an item one place up (-1) or down (+1) at once, then saves the order. */
  async move(item: ChecklistItem, offset: -1 | 1): Promise<void> {
    const before = this.items();
    const from = before.findIndex((i) => i.id === item.id);
    const to = from + offset;
    if (from < 0 || to < 0 || to >= before.length) return;
    const moved = [...before];
    moved.splice(to, 0, ...moved.splice(from, 1));
    this.items.set(moved);
    const reorder = ++this.reorders;
    try {
      const saved = await callApi(
        this.api.reorder(
          this.requireProject(),
          moved.map((i) => i.id),
        ),
      );
      if (reorder === this.reorders) this.items.set(saved);
    } catch (error) {
      if (reorder === this.reorders) this.items.set(before);
      throw await this.reloadIfChanged(error as ApiError);
    }
  }

  /** Sends one item's write, marking the item busy meanwhile. */
  private async write<T>(item: ChecklistItem, request: Observable<T>): Promise<T> {
    this.pending.update((ids) => new Set(ids).add(item.id));
    try {
      return await callApi(request);
    } finally {
      this.pending.update((ids) => {
        const next = new Set(ids);
        next.delete(item.id);
        return next;
      });
    }
  }

  private put(item: ChecklistItem): void {
    this.items.update((items) => items.map((i) => (i.id === item.id ? item : i)));
  }

  private async reloadIfChanged(error: ApiError): Promise<ApiError> {
    if (listChanged(error) && this.projectId) await this.load(this.projectId);
    return error;
  }

  private requireProject(): string {
    if (!this.projectId) throw new Error('ChecklistStore.load() first');
    return this.projectId;
  }
}
