import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { DEFAULT_EXTRACT_WORKING_DAYS, PROGRAMME_KINDS, type Programme } from '@gp/domain';
import { FormSave } from '@gp/web/core';
import { showProblem } from '../shared/api-problem';
import {
  DESCRIPTION_MAX_LENGTH,
  EXTRACT_WORKING_DAYS_MAX,
  programmeForm,
  programmeInput,
  resetProgrammeForm,
} from './programme-form';
import { ProgrammesStore } from './programmes.store';
import { FORM_DIALOG_IMPORTS, FORM_DIALOG_STYLES } from '@gp/web/ui';

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
  imports: [...FORM_DIALOG_IMPORTS, MatSelectModule],
  templateUrl: './programme.dialog.html',
  styles: FORM_DIALOG_STYLES,
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
  protected readonly extractDays = { default: DEFAULT_EXTRACT_WORKING_DAYS, max: EXTRACT_WORKING_DAYS_MAX };
  protected readonly saving = new FormSave();

  protected save(): Promise<void> {
    const programme = this.programme();
    return this.saving.submit<Programme>(
      this.form,
      async () => {
        const input = programmeInput(this.form);
        this.dialogRef.close(
          programme ? await this.store.update(programme, input) : await this.store.create(input),
        );
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
