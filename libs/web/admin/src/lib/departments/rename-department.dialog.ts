import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, Department } from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, errorKey, showServerErrors } from '@gp/web/core';
import { DEPARTMENT_NAME_RULES } from './department-name';
import { DepartmentsStore } from './departments.store';

/** A new name for a department, saved under the version the admin opened. Closes with the renamed department. */
@Component({
  selector: 'gp-rename-department-dialog',
  imports: [
    FieldErrorComponent,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'departments.renameTitle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'departments.name' | transloco }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          <mat-error [gpFieldError]="form.controls.name" />
        </mat-form-field>
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
  styles: `
    mat-form-field {
      width: 100%;
    }
    .problem {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      color: var(--mat-sys-error);
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
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      this.dialogRef.close(await this.store.rename(this.department(), this.form.controls.name.value.trim()));
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current) {
        // Show what the other person saved; saving again then overwrites it knowingly.
        const current = apiError.current as Department;
        this.department.set(current);
        this.form.reset({ name: current.name });
        this.problem.set(apiError);
      } else if (!showServerErrors(this.form, apiError)) {
        this.problem.set(apiError);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
