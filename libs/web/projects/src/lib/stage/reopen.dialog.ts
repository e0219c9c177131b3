import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FIELD_LIMITS } from '@gp/domain';
import { FieldErrorComponent } from '@gp/web/core';
import { FORM_DIALOG_STYLES } from '@gp/web/ui';

export interface ReopenDialogData {
  title: string;
  /** The stage it goes back to, named in the reader's language. */
  stage: string;
}

/** Asks before reopening a closed project, with a comment for its history. Closes with the comment. */
@Component({
  selector: 'gp-reopen-dialog',
  imports: [
    FieldErrorComponent,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'stageMoves.reopen.title' | transloco: { title: data.title } }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate data-testid="reopen-dialog">
      <mat-dialog-content>
        <p>{{ 'stageMoves.reopen.message' | transloco: { stage: data.stage } }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'stageMoves.comment' | transloco }}</mat-label>
          <textarea matInput rows="2" formControlName="comment" data-testid="reopen-comment"></textarea>
          <mat-hint>{{ 'stageMoves.commentHint' | transloco }}</mat-hint>
          <mat-error [gpFieldError]="form.controls.comment" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" data-testid="reopen-confirm">
          {{ 'stageMoves.reopen.confirm' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: FORM_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReopenDialog {
  protected readonly data = inject<ReopenDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReopenDialog, string>>(MatDialogRef);
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(FIELD_LIMITS.move.comment.max),
    }),
  });

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close(this.form.controls.comment.value.trim());
  }
}
