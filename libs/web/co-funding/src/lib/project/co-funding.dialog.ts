import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { CURRENCIES, coFundingAmountsChanged, type CoFundingRequest, type Department } from '@gp/domain';
import { FormSave, LanguageStore } from '@gp/web/core';
import { coFundingForm, coFundingFormField, readYears, type CoFundingFormStart } from './co-funding-form';
import { CoFundingStore } from './co-funding.store';
import { FORM_DIALOG_IMPORTS, FORM_DIALOG_STYLES } from '@gp/web/ui';

export interface CoFundingDialogData {
  /** The request to change; null to ask a department. */
  request: CoFundingRequest | null;
  departments: readonly Department[];
  start: CoFundingFormStart;
}

/** What the dialog closes with: the saved request, and whether it now waits for a new approval. */
export interface CoFundingDialogResult {
  request: CoFundingRequest;
  approvalAgain: boolean;
}

/**
 * Asks a department for co-funding, or changes a request's amounts and justification. Opened
 * with the co-funding section's injector, so it saves through that section's store.
 */
@Component({
  selector: 'gp-co-funding-dialog',
  imports: [...FORM_DIALOG_IMPORTS, MatButtonModule, MatIconModule, MatSelectModule],
  templateUrl: './co-funding.dialog.html',
  styles: FORM_DIALOG_STYLES,
  styleUrl: './co-funding.dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoFundingDialog {
  private readonly store = inject(CoFundingStore);
  private readonly languages = inject(LanguageStore);
  private readonly dialogRef = inject<MatDialogRef<CoFundingDialog, CoFundingDialogResult>>(MatDialogRef);
  private readonly data = inject<CoFundingDialogData>(MAT_DIALOG_DATA);

  protected readonly request = signal(this.data.request);
  protected readonly editing = this.data.request !== null;
  protected readonly departments = this.data.departments;
  protected readonly currencies = CURRENCIES;
  protected readonly editor = coFundingForm(
    this.data.request,
    this.data.start,
    this.languages.language,
    this.languages.locale(),
  );
  protected readonly form = this.editor.form;
  protected readonly submitted = signal(false);
  protected readonly saving = new FormSave();

  /** A decided request whose amounts change goes back to the head of department. */
  protected readonly decided = computed(() => {
    const status = this.request()?.status;
    return status === 'approved' || status === 'rejected' ? status : null;
  });

  protected get years() {
    return this.form.controls.years;
  }

  protected addYear(): void {
    this.editor.addYear();
  }

  protected removeYear(index: number): void {
    this.years.removeAt(index);
  }

  protected save(): Promise<void> {
    this.submitted.set(true);
    const value = this.form.getRawValue();
    const years = readYears(value.years, value.currency, this.languages.language());
    const request = this.request();
    const justification = value.justification.trim();
    return this.saving.submit<CoFundingRequest>(
      this.form,
      async () => {
        if (!years) return;
        const saved = request
          ? await this.store.update(request, { years, justification })
          : await this.store.create({
              departmentId: value.departmentId,
              currency: value.currency,
              years,
              justification,
            });
        const approvalAgain =
          request !== null && request.status !== 'pending' && coFundingAmountsChanged(request.years, years);
        this.dialogRef.close({ request: saved, approvalAgain });
      },
      {
        invalid: !years,
        // Show the request as it is now; saving again then changes that version knowingly.
        takeCurrent: (current) => {
          this.request.set(current);
          this.editor.fill(current);
        },
        fieldOf: coFundingFormField,
      },
    );
  }
}
