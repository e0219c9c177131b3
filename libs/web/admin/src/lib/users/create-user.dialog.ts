import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { PASSWORD_MIN_LENGTH, type UserAccount } from '@gp/domain';
import { emailAddress, FormSave, passwordPolicy } from '@gp/web/core';
import { UserAccessFieldsComponent } from './user-access-fields.component';
import { userFields } from './user-form';
import { UsersStore } from './users.store';
import { FORM_DIALOG_IMPORTS } from '@gp/web/ui';

/** A new account: who, the first password, roles, departments and language. Closes with the created user. */
@Component({
  selector: 'gp-create-user-dialog',
  imports: [...FORM_DIALOG_IMPORTS, UserAccessFieldsComponent],
  templateUrl: './create-user.dialog.html',
  styleUrl: './user-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateUserDialog {
  private readonly users = inject(UsersStore);
  private readonly dialogRef = inject<MatDialogRef<CreateUserDialog, UserAccount>>(MatDialogRef);
  private readonly fb = inject(NonNullableFormBuilder);

  private readonly email = this.fb.control('', [Validators.required, emailAddress]);
  protected readonly form = this.fb.group({
    ...userFields(),
    email: this.email,
    password: this.fb.control('', [Validators.required, passwordPolicy(() => this.email.value)]),
  });
  protected readonly saving = new FormSave();
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
