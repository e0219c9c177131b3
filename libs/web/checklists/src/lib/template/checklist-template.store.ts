import { Injectable, inject } from '@angular/core';
import type { ApiError, ChecklistTemplateItem, ChecklistTemplateItemInput } from '@gp/domain';
import { VersionedCollection } from '@gp/web/core';
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
  private readonly collection = new VersionedCollection<ChecklistTemplateItem>({ reloadOn: TEMPLATE_CHANGED });
  private programmeId: string | null = null;

  readonly items = this.collection.items;
  readonly loaded = this.collection.loaded;
  readonly loading = this.collection.loading;
  readonly problem = this.collection.problem;

  load(programmeId: string): Promise<void> {
    this.programmeId = programmeId;
    return this.collection.load(() => this.api.list(programmeId));
  }

  add(input: ChecklistTemplateItemInput): Promise<ChecklistTemplateItem> {
    return this.collection.add(this.api.add(this.requireProgramme(), input));
  }

  /** Saves under the version the person opened; a stale one takes the server's item. */
  update(item: ChecklistTemplateItem, input: ChecklistTemplateItemInput): Promise<ChecklistTemplateItem> {
    return this.collection.save(this.api.update(item.id, { ...input, version: item.version }));
  }

  remove(item: ChecklistTemplateItem): Promise<void> {
    return this.collection.remove(item, this.api.remove(item.id));
  }

  /** Moves an item one place up (-1) or down (+1) at once, then saves the order. */
  move(item: ChecklistTemplateItem, offset: -1 | 1): Promise<void> {
    const programmeId = this.requireProgramme();
    return this.collection.move(item, offset, (ids) => this.api.reorder(programmeId, ids));
  }

  private requireProgramme(): string {
    if (!this.programmeId) throw new Error('ChecklistTemplateStore.load() first');
    return this.programmeId;
  }
}
