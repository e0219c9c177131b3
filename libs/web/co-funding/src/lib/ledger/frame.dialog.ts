import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { CURRENCIES, type Currency, type Department } from '@gp/domain';
import { FormSave, LanguageStore, moneyAmount, readMoneyField, wholeNumber } from '@gp/web/core';
import { FORM_DIALOG_IMPORTS, formatLocalNumber } from '@gp/web/ui';
import { LedgerStore } from './ledger.store';

export interface FrameDialogData {
  /** The departments whose frames this person may set. */
  departments: readonly Department[];
  departmentId: string | null;
  year: number;
  amountMinor: number | null;
  currency: Currency;
}

/**
 * Sets a department's co-funding frame (ram) for one budget year, typed the Nordic way
 * ("500 000"). Closes with what was set, for the page to say so.
 */
@Component({
  selector: 'gp-frame-dialog',
  imports: [...FORM_DIALOG_IMPORTS, MatSelectModule],
  templateUrl: './frame.dialog.html',
  styleUrl: '../decisions/co-funding-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameDialog {
  private readonly store = inject(LedgerStore);
  private readonly languages = inject(LanguageStore);
  private readonly dialogRef =
    inject<MatDialogRef<FrameDialog, { departmentName: string; year: number }>>(MatDialogRef);
  protected readonly data = inject<FrameDialogData>(MAT_DIALOG_DATA);
  protected readonly currencies = CURRENCIES;

  private readonly currency = new FormControl<Currency>(this.data.currency, { nonNullable: true });
  protected readonly form = new FormGroup({
    departmentId: new FormControl(this.data.departmentId ?? '', {
      nonNullable: true,
      validators: Validators.required,
    }),
    year: new FormControl<number | null>(this.data.year, [
      Validators.required,
      wholeNumber,
      Validators.min(2000),
      Validators.max(2100),
    ]),
    currency: this.currency,
    amount: new FormControl(
      this.data.amountMinor === null
        ? ''
        : formatLocalNumber(this.data.amountMinor / 100, this.languages.locale()),
      {
        nonNullable: true,
        validators: [Validators.required, moneyAmount(() => this.currency.value, this.languages.language)],
      },
    ),
  });
  protected readonly controls = this.form.controls;
  protected readonly saving = new FormSave();

  constructor() {
    // An amount reads differently per currency (öre, cents): check it again when the currency changes.
    this.currency.valueChanges.subscribe(() => this.controls.amount.updateValueAndValidity());
  }

  protected send(): Promise<void> {
    const value = this.form.getRawValue();
    const amount = readMoneyField(value.amount, value.currency, this.languages.language());
    return this.saving.submit(
      this.form,
      async () => {
        if (!amount.ok || value.year === null) return;
        await this.store.setFrame(value.departmentId, Number(value.year), {
          amountMinor: amount.minor,
          currency: value.currency,
        });
        const department = this.data.departments.find((d) => d.id === value.departmentId);
        this.dialogRef.close({ departmentName: department?.name ?? '', year: Number(value.year) });
      },
      { fieldOf: (field) => (field === 'amountMinor' ? 'amount' : field) },
    );
  }
}
