import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, type ApiError, type UserAccount } from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, errorKey, showServerErrors } from '@gp/web/core';
import { DepartmentsStore } from '../departments/departments.store';
import { RolesFieldsetComponent } from './roles-fieldset.component';
import { userFields } from './user-form';
import { UsersStore } from './users.store';

/**
 * Roles, departments, language and whether the person may sign in, saved under the version the
 * admin opened. If someone saved first, the dialog shows their version to edit again.
 */
@Component({
  selector: 'gp-edit-user-dialog',
  imports: [
    FieldErrorComponent,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RolesFieldsetComponent,
    TranslocoPipe,
  ],
  templateUrl: './edit-user.dialog.html',
  styleUrl: './user-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditUserDialog {
  private readonly users = inject(UsersStore);
  private readonly dialogRef = inject<MatDialogRef<EditUserDialog, UserAccount>>(MatDialogRef);
  protected readonly departments = inject(DepartmentsStore);
  protected readonly user = signal(inject<UserAccount>(MAT_DIALOG_DATA));

  protected readonly form = inject(NonNullableFormBuilder).group({
    ...userFields(),
    active: [true],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly languages = LANGUAGES;
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
      const saved = await this.users.update(this.user().id, {
        version: this.user().version,
        ...this.form.getRawValue(),
      });
      this.dialogRef.close(saved);
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current)
        this.reloadFrom(apiError.current as UserAccount);
      else showServerErrors(this.form, apiError);
      this.problem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }

  constructor() {
    this.form.reset(this.valuesOf(this.user()));
  }

  private reloadFrom(current: UserAccount): void {
    this.user.set(current);
    this.form.reset(this.valuesOf(current));
  }

  private valuesOf(user: UserAccount) {
    const { name, roles, departmentIds, language, active } = user;
    return { name, roles: [...roles], departmentIds: [...departmentIds], language, active };
  }
}
