import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  FIELD_LIMITS,
  type ApiError,
  type ChecklistItem,
  type ChecklistItemInput,
  type PersonSummary,
} from '@gp/domain';
import { FormSave, showServerErrors, withinLimit } from '@gp/web/core';
import {
  CHECKLIST_FIELD_OF,
  checklistItemFields,
  ChecklistItemFieldsComponent,
  checklistItemInput,
  FORM_DIALOG_IMPORTS,
  FORM_DIALOG_STYLES,
} from '@gp/web/ui';
import { ChecklistStore } from './checklist.store';

export interface ChecklistItemDialogData {
  /** The item to edit; null for a new one, added last. */
  item: ChecklistItem | null;
  people: readonly PersonSummary[];
}

function itemForm(item: ChecklistItem | null) {
  return new FormGroup({
    fields: checklistItemFields(item ?? undefined),
    assigneeId: new FormControl<string | null>(item?.assigneeId ?? null),
    comment: new FormControl(item?.comment ?? '', {
      nonNullable: true,
      validators: withinLimit(FIELD_LIMITS.checklist.comment),
    }),
  });
}

/**
 * A new checklist item, or changes to one, saved under the version the person opened. Closes
 * with the saved item. Opened with the checklist section's injector, so it saves through its store.
 */
@Component({
  selector: 'gp-checklist-item-dialog',
  imports: [...FORM_DIALOG_IMPORTS, ChecklistItemFieldsComponent, MatSelectModule],
  templateUrl: './checklist-item.dialog.html',
  styles: FORM_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistItemDialog {
  private readonly store = inject(ChecklistStore);
  private readonly dialogRef = inject<MatDialogRef<ChecklistItemDialog, ChecklistItem>>(MatDialogRef);
  private readonly data = inject<ChecklistItemDialogData>(MAT_DIALOG_DATA);
  private readonly item = signal(this.data.item);

  protected readonly editing = this.data.item !== null;
  protected readonly people = this.data.people;
  protected readonly form = itemForm(this.data.item);
  protected readonly saving = new FormSave();

  protected save(): Promise<void> {
    const item = this.item();
    return this.saving.submit<ChecklistItem>(
      this.form,
      async () => {
        const value = this.form.getRawValue();
        const input: Required<ChecklistItemInput> = {
          ...checklistItemInput(this.form.controls.fields),
          assigneeId: value.assigneeId,
          comment: value.comment.trim(),
        };
        this.dialogRef.close(item ? await this.store.update(item, input) : await this.store.add(input));
      },
      {
        // Show what the other person saved; saving again then overwrites it knowingly.
        takeCurrent: (current) => {
          this.item.set(current);
          this.form.setControl('fields', checklistItemFields(current));
          this.form.patchValue({ assigneeId: current.assigneeId, comment: current.comment });
        },
        explain: (error) => {
          showServerErrors(this.form, { ...error, errors: formErrors(error) });
          return error;
        },
      },
    );
  }
}

/** The API's field paths as the form's: the item's own fields sit in the `fields` group. */
function formErrors(error: ApiError): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(error.errors ?? {}).map(([field, messages]) => [
      field === 'assigneeId' || field === 'comment' ? field : `fields.${CHECKLIST_FIELD_OF[field] ?? field}`,
      messages,
    ]),
  );
}
