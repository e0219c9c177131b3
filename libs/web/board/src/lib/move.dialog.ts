import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { MINOR_UNITS_PER_MAJOR, outcomeName, type Currency, type Outcome } from '@gp/domain';
import { FieldErrorComponent, LanguageStore } from '@gp/web/core';
import { FORM_DIALOG_STYLES } from '@gp/web/ui';

export interface MoveDialogData {
  title: string;
  /** decide: the funder granted, so ask the amount and the day; close: ask how it ended. */
  mode: 'decide' | 'close';
  currency: Currency;
  grantedMinor: number | null;
  outcomes: Outcome[];
}

export type MoveDialogResult = { grantedMinor: number; decisionDate: string } | { outcome: Outcome };

/** What a move needs beyond the target stage. Closes with it, or with nothing when cancelled. */
@Component({
  selector: 'gp-move-dialog',
  imports: [
    FieldErrorComponent,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{
        (data.mode === 'decide' ? 'board.decideTitle' : 'board.closeTitle') | transloco: { title: data.title }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        @if (data.mode === 'decide') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'board.grantedAmount' | transloco: { currency: data.currency } }}</mat-label>
            <input
              matInput
              type="number"
              inputmode="numeric"
              min="1"
              step="1"
              formControlName="granted"
              required
            />
            <mat-hint>{{ 'board.amountHint' | transloco: { currency: data.currency } }}</mat-hint>
            <mat-error [gpFieldError]="form.controls.granted" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'board.decisionDate' | transloco }}</mat-label>
            <input matInput type="date" formControlName="decisionDate" required />
            <mat-error [gpFieldError]="form.controls.decisionDate" />
          </mat-form-field>
        } @else {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'board.outcome' | transloco }}</mat-label>
            <mat-select formControlName="outcome" required>
              @for (outcome of data.outcomes; track outcome) {
                <mat-option [value]="outcome">{{ outcomeName(outcome, language()) }}</mat-option>
              }
            </mat-select>
            <mat-error [gpFieldError]="form.controls.outcome" />
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'board.confirmMove' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: FORM_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveDialog {
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MoveDialog, MoveDialogResult>>(MatDialogRef);
  protected readonly language = inject(LanguageStore).language;
  protected readonly outcomeName = outcomeName;

  protected readonly form = new FormGroup({
    granted: new FormControl<number | null>(
      this.data.grantedMinor === null ? null : this.data.grantedMinor / MINOR_UNITS_PER_MAJOR,
      this.data.mode === 'decide' ? [Validators.required, Validators.min(1)] : [],
    ),
    decisionDate: new FormControl(new Date().toISOString().slice(0, 10), {
      nonNullable: true,
      validators: this.data.mode === 'decide' ? Validators.required : [],
    }),
    outcome: new FormControl<Outcome | null>(
      this.data.outcomes.length === 1 ? this.data.outcomes[0] : null,
      this.data.mode === 'close' ? Validators.required : [],
    ),
  });

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.dialogRef.close(
      this.data.mode === 'decide'
        ? {
            grantedMinor: Math.round((value.granted ?? 0) * MINOR_UNITS_PER_MAJOR),
            decisionDate: value.decisionDate,
          }
        : { outcome: value.outcome as Outcome },
    );
  }
}
