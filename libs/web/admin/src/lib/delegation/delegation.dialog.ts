import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { CURRENCIES, DEFAULT_BOARD_AFTER_YEARS, type Currency, type DelegationLimit } from '@gp/domain';
import { FormSave, LanguageStore } from '@gp/web/core';
import { FORM_DIALOG_IMPORTS, FORM_DIALOG_STYLES } from '@gp/web/ui';
import { delegationForm, delegationFormField, delegationInput, resetDelegationForm } from './delegation-form';
import { DelegationStore } from './delegation.store';

export interface DelegationDialogData {
  limit: DelegationLimit;
  /** The currency a limit starts in when the department has none: the one the others use. */
  currency: Currency;
}

/** A department's delegation, saved under the department's version the admin opened. Closes with it saved. */
@Component({
  selector: 'gp-delegation-dialog',
  imports: [...FORM_DIALOG_IMPORTS, MatSelectModule],
  template: `
    <h2 mat-dialog-title>
      {{ 'decisionBodies.delegation.editTitle' | transloco: { name: limit().departmentName } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="context">{{ 'decisionBodies.delegation.explain' | transloco }}</p>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'decisionBodies.delegation.limit' | transloco }}</mat-label>
            <input matInput formControlName="headLimit" inputmode="decimal" autocomplete="off" />
            <mat-hint>{{ 'decisionBodies.delegation.limitHint' | transloco }}</mat-hint>
            <mat-error [gpFieldError]="form.controls.headLimit" />
          </mat-form-field>
          <mat-form-field appearance="outline" class="currency">
            <mat-label>{{ 'decisionBodies.delegation.currency' | transloco }}</mat-label>
            <mat-select formControlName="currency">
              @for (c of currencies; track c) {
                <mat-option [value]="c">{{ c }}</mat-option>
              }
            </mat-select>
            <mat-error [gpFieldError]="form.controls.currency" />
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'decisionBodies.delegation.boardAfterYearsField' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            inputmode="numeric"
            min="1"
            max="15"
            formControlName="boardAfterYears"
            required
          />
          <mat-hint>{{
            'decisionBodies.delegation.boardAfterYearsHint' | transloco: { default: defaultYears }
          }}</mat-hint>
          <mat-error [gpFieldError]="form.controls.boardAfterYears" />
        </mat-form-field>
        <gp-form-problem [problem]="saving.problem()" />
      </mat-dialog-content>
      <gp-dialog-save-actions [busy]="saving.busy()" />
    </form>
  `,
  styles: [FORM_DIALOG_STYLES, '.row .currency { flex: 0 1 8rem; }'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DelegationDialog {
  private readonly store = inject(DelegationStore);
  private readonly languages = inject(LanguageStore);
  private readonly dialogRef = inject<MatDialogRef<DelegationDialog, DelegationLimit>>(MatDialogRef);
  private readonly data = inject<DelegationDialogData>(MAT_DIALOG_DATA);

  protected readonly limit = signal(this.data.limit);
  protected readonly currencies = CURRENCIES;
  protected readonly defaultYears = DEFAULT_BOARD_AFTER_YEARS;
  protected readonly form = delegationForm(
    this.data.limit,
    this.data.currency,
    this.languages.language,
    this.languages.locale(),
  );
  protected readonly saving = new FormSave();

  protected save(): Promise<void> {
    return this.saving.submit<DelegationLimit>(
      this.form,
      async () => {
        const input = delegationInput(this.form, this.languages.language());
        this.dialogRef.close(await this.store.set(this.limit(), input));
      },
      {
        // Show what the other person saved; saving again then overwrites it knowingly.
        takeCurrent: (current) => {
          this.limit.set(current);
          resetDelegationForm(this.form, current, this.languages.locale());
        },
        fieldOf: delegationFormField,
      },
    );
  }
}
