import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { PROGRAMME_KINDS, type Programme } from '@gp/domain';
import { FieldErrorComponent, FormSave } from '@gp/web/core';
import { DialogSaveActionsComponent, FormProblemComponent } from '@gp/web/ui';
import { showProblem } from '../shared/api-problem';
import { DESCRIPTION_MAX_LENGTH, programmeForm, programmeInput, resetProgrammeForm } from './programme-form';
import { ProgrammesStore } from './programmes.store';

export interface ProgrammeDialogData {
  /** The programme to edit; null for a new one. */
  programme: Programme | null;
}

/**
 * A new programme, or changes to one saved under the version the person opened.
 * Closes with the saved programme.
 */
@Component({
  selector: 'gp-programme-dialog',
  imports: [
    DialogSaveActionsComponent,
    FormProblemComponent,
    FieldErrorComponent,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './programme.dialog.html',
  styleUrl: '../shared/dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeDialog {
  private readonly store = inject(ProgrammesStore);
  private readonly dialogRef = inject<MatDialogRef<ProgrammeDialog, Programme>>(MatDialogRef);
  private readonly programme = signal(inject<ProgrammeDialogData>(MAT_DIALOG_DATA).programme);

  protected readonly editing = this.programme() !== null;
  protected readonly form = programmeForm(this.programme());
  protected readonly kinds = PROGRAMME_KINDS;
  protected readonly descriptionMaxLength = DESCRIPTION_MAX_LENGTH;
  protected readonly saving = new FormSave();

  protected save(): Promise<void> {
    const programme = this.programme();
    return this.saving.submit<Programme>(
      this.form,
      async () => {
        const input = programmeInput(this.form);
        this.dialogRef.close(programme ? await this.store.update(programme, input) : await this.store.create(input));
      },
      {
        // Show what the other person saved; saving again then overwrites it knowingly.
        takeCurrent: (current) => {
          this.programme.set(current);
          resetProgrammeForm(this.form, current);
        },
        explain: (error) => showProblem(this.form, error),
      },
    );
  }
}
