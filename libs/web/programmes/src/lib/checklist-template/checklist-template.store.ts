import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, ChecklistTemplateItem, ChecklistTemplateItemInput } from '@gp/domain';
import { callApi } from '@gp/web/core';
import { ChecklistTemplateApi } from './checklist-template.api';

/** Answers that mean the template changed under the person: it is loaded again before rejecting. */
const TEMPLATE_CHANGED = ['stale_version', 'list_changed', 'not_found'];

export function templateChanged(error: ApiError): boolean {
  return TEMPLATE_CHANGED.includes(error.code);
}

/**
 * One programme's checklist template, for that programme's template editor (provided there).
 * Writes reject with the ApiError; when the template changed under the person it is reloaded first.
 */
@Injectable()
export class ChecklistTemplateStore {
  private readonly api = inject(ChecklistTemplateApi);
  private programmeId: string | null = null;
  /** Only the answer to the latest reorder counts, when someone presses "move" quickly. */
  private reorders = 0;

  readonly items = signal<ChecklistTemplateItem[]>([]);
  readonly loaded = signal(false);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);

  async load(programmeId: string): Promise<void> {
    this.programmeId = programmeId;
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.items.set(await callApi(this.api.list(programmeId)));
    } catch (error) {
      this.problem.set(error as ApiError);
    } finally {
      this.loading.set(false);
      this.loaded.set(true);
    }
  }

  async add(input: ChecklistTemplateItemInput): Promise<ChecklistTemplateItem> {
    const created = await callApi(this.api.add(this.requireProgramme(), input));
    this.items.update((items) => [...items, created]);
    return created;
  }

  /** Saves under the version the person opened; a stale one takes the server's item. */
  async update(
    item: ChecklistTemplateItem,
    input: ChecklistTemplateItemInput,
  ): Promise<ChecklistTemplateItem> {
    try {
      const saved = await callApi(this.api.update(item.id, { ...input, version: item.version }));
      this.put(saved);
      return saved;
    } catch (error) {
      const apiError = error as ApiError;
      const current = apiError.current as ChecklistTemplateItem | undefined;
      if (apiError.code === 'stale_version' && current) this.put(current);
      else await this.reloadIfChanged(apiError);
      throw apiError;
    }
  }

  async remove(item: ChecklistTemplateItem): Promise<void> {
    try {
      await callApi(this.api.remove(item.id));
      this.items.update((items) => items.filter((i) => i.id !== item.id));
    } catch (error) {
      throw await this.reloadIfChanged(error as ApiError);
    }
  }

  /** Moves an item one place up (-1) or down (+1) at once, then saves the order. */
  async move(item: ChecklistTemplateItem, offset: -1 | 1): Promise<void> {
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
          this.requireProgramme(),
          moved.map((i) => i.id),
        ),
      );
      if (reorder === this.reorders) this.items.set(saved);
    } catch (error) {
      if (reorder === this.reorders) this.items.set(before);
      throw await this.reloadIfChanged(error as ApiError);
    }
  }

  private put(item: ChecklistTemplateItem): void {
    this.items.update((items) => items.map((i) => (i.id === item.id ? item : i)));
  }

  private async reloadIfChanged(error: ApiError): Promise<ApiError> {
    if (templateChanged(error) && this.programmeId) await this.load(this.programmeId);
    return error;
  }

  private requireProgramme(): string {
    if (!this.programmeId) throw new Error('ChecklistTemplateStore.load() first');
    return this.programmeId;
  }
}
