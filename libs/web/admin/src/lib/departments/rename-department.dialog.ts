import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { Department } from '@gp/domain';
import { FormSave, unlessAFieldSaysIt } from '@gp/web/core';
import { DEPARTMENT_NAME_RULES } from './department-name';
import { DepartmentsStore } from './departments.store';
import { FORM_DIALOG_IMPORTS } from '@gp/web/ui';

/** A new name for a department, saved under the version the admin opened. Closes with the renamed department. */
@Component({
  selector: 'gp-rename-department-dialog',
  imports: [...FORM_DIALOG_IMPORTS],
  template: `
    <h2 mat-dialog-title>{{ 'departments.renameTitle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'departments.name' | transloco }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          <mat-error [gpFieldError]="form.controls.name" />
        </mat-form-field>
        <gp-form-problem [problem]="saving.problem()" />
      </mat-dialog-content>
      <gp-dialog-save-actions [busy]="saving.busy()" />
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RenameDepartmentDialog {
  private readonly store = inject(DepartmentsStore);
  private readonly dialogRef = inject<MatDialogRef<RenameDepartmentDialog, Department>>(MatDialogRef);
  private readonly department = signal(inject<Department>(MAT_DIALOG_DATA));

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.department().name, DEPARTMENT_NAME_RULES],
  });
  protected readonly saving = new FormSave();

  protected save(): Promise<void> {
    return this.saving.submit<Department>(
      this.form,
      async () =>
        this.dialogRef.close(await this.store.rename(this.department(), this.form.controls.name.value.trim())),
      {
        // Show what the other person saved; saving again then overwrites it knowingly.
        takeCurrent: (current) => {
          this.department.set(current);
          this.form.reset({ name: current.name });
        },
        explain: unlessAFieldSaysIt(this.form),
      },
    );
  }
}
