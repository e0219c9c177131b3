import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, PASSWORD_MIN_LENGTH, type ApiError, type UserAccount } from '@gp/domain';
import {
  ERROR_PARAMS,
  FieldErrorComponent,
  emailAddress,
  errorKey,
  passwordPolicy,
  showServerErrors,
} from '@gp/web/core';
import { DepartmentsStore } from '../departments/departments.store';
import { RolesFieldsetComponent } from './roles-fieldset.component';
import { userFields } from './user-form';
import { UsersStore } from './users.store';

/** A new account: who, the first password, roles, departments and language. Closes with the created user. */
@Component({
  selector: 'gp-create-user-dialog',
  imports: [
    FieldErrorComponent,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RolesFieldsetComponent,
    TranslocoPipe,
  ],
  templateUrl: './create-user.dialog.html',
  styleUrl: './user-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateUserDialog {
  private readonly users = inject(UsersStore);
  private readonly dialogRef = inject<MatDialogRef<CreateUserDialog, UserAccount>>(MatDialogRef);
  protected readonly departments = inject(DepartmentsStore);
  private readonly fb = inject(NonNullableFormBuilder);

  private readonly email = this.fb.control('', [Validators.required, emailAddress]);
  protected readonly form = this.fb.group({
    ...userFields(),
    email: this.email,
    password: this.fb.control('', [Validators.required, passwordPolicy(() => this.email.value)]),
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly languages = LANGUAGES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
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
      const input = this.form.getRawValue();
      this.dialogRef.close(
        await this.users.create({ ...input, email: input.email.trim(), name: input.name.trim() }),
      );
    } catch (error) {
      const apiError = error as ApiError;
      showServerErrors(this.form, apiError);
      this.problem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }
}
