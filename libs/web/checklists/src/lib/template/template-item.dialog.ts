import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { ChecklistTemplateItem, Programme } from '@gp/domain';
import { FormSave } from '@gp/web/core';
import {
  CHECKLIST_FIELD_OF,
  checklistItemFields,
  ChecklistItemFieldsComponent,
  checklistItemInput,
  FORM_DIALOG_IMPORTS,
  FORM_DIALOG_STYLES,
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
  imports: [...FORM_DIALOG_IMPORTS, ChecklistItemFieldsComponent, MatCheckboxModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>
      {{ (editing ? 'checklistTemplate.editTitle' : 'checklistTemplate.addTitle') | transloco }}
    </h2>
    <form [formGroup]="form()" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="context">{{ 'programmes.calls.programme' | transloco: { name: programme.name } }}</p>
        <gp-checklist-item-fields [form]="form()" />
        <mat-checkbox [formControl]="minutesExtract" data-testid="minutes-extract">
          {{ 'decisionBodies.programmeDecisionFields.minutesExtract' | transloco }}
        </mat-checkbox>
        <mat-checkbox [formControl]="ticksOnDocument" data-testid="ticks-on-document">
          {{ 'checklistTemplate.ticksOnDocument' | transloco }}
        </mat-checkbox>
        <gp-form-problem [problem]="saving.problem()" />
      </mat-dialog-content>
      <gp-dialog-save-actions [busy]="saving.busy()" />
    </form>
  `,
  styles: FORM_DIALOG_STYLES,
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
  /** Only a template line can be the extract of the minutes: the decision ticks its copies. */
  protected readonly minutesExtract = new FormControl(this.data.item?.isMinutesExtract ?? false, {
    nonNullable: true,
  });
  /** A partner's declaration and the like: attaching the document to the item ticks it. */
  protected readonly ticksOnDocument = new FormControl(this.data.item?.ticksOnDocument ?? false, {
    nonNullable: true,
  });
  protected readonly saving = new FormSave();

  protected save(): Promise<void> {
    const form = this.form();
    const item = this.item();
    return this.saving.submit<ChecklistTemplateItem>(
      form,
      async () => {
        const input = {
          ...checklistItemInput(form),
          isMinutesExtract: this.minutesExtract.value,
          ticksOnDocument: this.ticksOnDocument.value,
        };
        this.dialogRef.close(item ? await this.store.update(item, input) : await this.store.add(input));
      },
      {
        // Show what the other person saved; saving again then overwrites it knowingly.
        takeCurrent: (current) => {
          this.item.set(current);
          this.form.set(checklistItemFields(current));
          this.minutesExtract.setValue(current.isMinutesExtract);
          this.ticksOnDocument.setValue(current.ticksOnDocument);
        },
        fieldOf: (field) => CHECKLIST_FIELD_OF[field] ?? field,
      },
    );
  }
}
