import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, PASSWORD_MIN_LENGTH, type UserAccount } from '@gp/domain';
import { emailAddress, FieldErrorComponent, FormSave, passwordPolicy } from '@gp/web/core';
import { DialogSaveActionsComponent, FormProblemComponent } from '@gp/web/ui';
import { DepartmentsStore } from '../departments/departments.store';
import { RolesFieldsetComponent } from './roles-fieldset.component';
import { userFields } from './user-form';
import { UsersStore } from './users.store';

/** A new account: who, the first password, roles, departments and language. Closes with the created user. */
@Component({
  selector: 'gp-create-user-dialog',
  imports: [
    DialogSaveActionsComponent,
    FormProblemComponent,
    FieldErrorComponent,
    MatDialogModule,
    MatFormFieldModule,
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
  protected readonly saving = new FormSave();
  protected readonly languages = LANGUAGES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;

  protected save(): Promise<void> {
    return this.saving.submit(this.form, async () => {
      const input = this.form.getRawValue();
      this.dialogRef.close(
        await this.users.create({ ...input, email: input.email.trim(), name: input.name.trim() }),
      );
    });
  }
}
