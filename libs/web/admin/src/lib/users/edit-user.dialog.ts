import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { type UserAccount } from '@gp/domain';
import { FormSave } from '@gp/web/core';
import { UserAccessFieldsComponent } from './user-access-fields.component';
import { userFields } from './user-form';
import { UsersStore } from './users.store';
import { FORM_DIALOG_IMPORTS } from '@gp/web/ui';

/**
 * Roles, departments, language and whether the person may sign in, saved under the version the
 * admin opened. If someone saved first, the dialog shows their version to edit again.
 */
@Component({
  selector: 'gp-edit-user-dialog',
  imports: [...FORM_DIALOG_IMPORTS, MatSlideToggleModule, UserAccessFieldsComponent],
  templateUrl: './edit-user.dialog.html',
  styleUrl: './user-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditUserDialog {
  private readonly users = inject(UsersStore);
  private readonly dialogRef = inject<MatDialogRef<EditUserDialog, UserAccount>>(MatDialogRef);
  protected readonly user = signal(inject<UserAccount>(MAT_DIALOG_DATA));

  protected readonly form = inject(NonNullableFormBuilder).group({
    ...userFields(),
    active: [true],
  });
  protected readonly saving = new FormSave();

  protected save(): Promise<void> {
    return this.saving.submit<UserAccount>(
      this.form,
      async () =>
        this.dialogRef.close(
          await this.users.update(this.user().id, { version: this.user().version, ...this.form.getRawValue() }),
        ),
      { takeCurrent: (current) => this.reloadFrom(current) },
    );
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
