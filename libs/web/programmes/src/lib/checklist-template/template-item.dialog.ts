import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, ChecklistTemplateItem, Programme } from '@gp/domain';
import { ERROR_PARAMS, errorKey, showServerErrors } from '@gp/web/core';
import {
  CHECKLIST_FIELD_OF,
  ChecklistItemFieldsComponent,
  checklistItemFields,
  checklistItemInput,
} from '@gp/web/ui';
import { ChecklistTemplateStore } from './checklist-template.store';

export interface TemplateItemDialogData {
  programme: Programme;
  /** The line to edit; null for a new one, added last. */
  item: ChecklistTemplateItem | null;
}

/**
 * A line of a programme's checklist template, new or changed under the version the person
 * opened. Opened with the template editor's injector, so it saves through that editor's store.
 */
@Component({
  selector: 'gp-template-item-dialog',
  imports: [
    ChecklistItemFieldsComponent,
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ (editing ? 'checklistTemplate.editTitle' : 'checklistTemplate.addTitle') | transloco }}
    </h2>
    <form [formGroup]="form()" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="context">{{ 'programmes.calls.programme' | transloco: { name: programme.name } }}</p>
        <gp-checklist-item-fields [form]="form()" />
        <div class="problem" aria-live="assertive" aria-atomic="true">
          @if (problem(); as p) {
            <mat-icon aria-hidden="true" fontIcon="error" />
            <span>{{ errorKey(p.code) | transloco: errorParams }}</span>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">
          {{ (busy() ? 'common.saving' : 'common.save') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateItemDialog {
  private readonly store = inject(ChecklistTemplateStore);
  private readonly dialogRef = inject<MatDialogRef<TemplateItemDialog, ChecklistTemplateItem>>(MatDialogRef);
  private readonly data = inject<TemplateItemDialogData>(MAT_DIALOG_DATA);
  private readonly item = signal(this.data.item);

  protected readonly programme = this.data.programme;
  protected readonly editing = this.data.item !== null;
  protected readonly form = signal(checklistItemFields(this.data.item ?? undefined));
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    const form = this.form();
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    const item = this.item();
    try {
      const input = checklistItemInput(form);
      this.dialogRef.close(item ? await this.store.update(item, input) : await this.store.add(input));
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current) {
        // Show what the other person saved; saving again then overwrites it knowingly.
        const current = apiError.current as ChecklistTemplateItem;
        this.item.set(current);
        this.form.set(checklistItemFields(current));
      } else {
        const errors = Object.fromEntries(
          Object.entries(apiError.errors ?? {}).map(([field, messages]) => [
            CHECKLIST_FIELD_OF[field] ?? field,
            messages,
          ]),
        );
        showServerErrors(form, { ...apiError, errors });
      }
      this.problem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }
}
