import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { PROGRAMME_KINDS, type ApiError, type Programme } from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, errorKey } from '@gp/web/core';
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
    FieldErrorComponent,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
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
    const programme = this.programme();
    try {
      const input = programmeInput(this.form);
      this.dialogRef.close(
        programme ? await this.store.update(programme, input) : await this.store.create(input),
      );
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current) {
        // Show what the other person saved; saving again then overwrites it knowingly.
        const current = apiError.current as Programme;
        this.programme.set(current);
        resetProgrammeForm(this.form, current);
        this.problem.set(apiError);
      } else {
        this.problem.set(showProblem(this.form, apiError));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
