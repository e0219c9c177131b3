import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { CURRENCIES, type Call, type Programme } from '@gp/domain';
import { FormSave } from '@gp/web/core';
import { showProblem } from '../shared/api-problem';
import { CallTimes } from '../shared/call-times';
import { FUNDER_TIME_ZONES } from '../shared/time-zones';
import { ProgrammesStore } from '../programmes/programmes.store';
import { CALL_FIELD_OF, callForm, callInput, resetCallForm } from './call-form';
import { FORM_DIALOG_IMPORTS, FORM_DIALOG_STYLES } from '@gp/web/ui';

export interface CallDialogData {
  programme: Programme;
  /** The call to edit; null for a new one. */
  call: Call | null;
}

/**
 * A new call of a programme, or changes to one saved under the version the person opened. The
 * deadline is typed as the funder publishes it, on the funder's clock. Closes with the saved call.
 */
@Component({
  selector: 'gp-call-dialog',
  imports: [...FORM_DIALOG_IMPORTS, MatSelectModule],
  templateUrl: './call.dialog.html',
  styles: FORM_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallDialog {
  private readonly store = inject(ProgrammesStore);
  private readonly times = inject(CallTimes);
  private readonly dialogRef = inject<MatDialogRef<CallDialog, Call>>(MatDialogRef);
  private readonly data = inject<CallDialogData>(MAT_DIALOG_DATA);
  private readonly call = signal(this.data.call);

  protected readonly programme = this.data.programme;
  protected readonly editing = this.data.call !== null;
  protected readonly form = callForm(this.data.call, this.programme);
  protected readonly currencies = CURRENCIES;
  protected readonly saving = new FormSave();

  /** The common zones, plus the call's own when a funder used another. */
  protected readonly zones = computed(() => {
    const own = this.call()?.deadlineTimeZone;
    const zones = FUNDER_TIME_ZONES.map((z) => z.zone);
    return (own && !zones.includes(own) ? [...zones, own] : zones).map((zone) => ({
      zone,
      place: this.times.placeName(zone),
    }));
  });

  protected save(): Promise<void> {
    const call = this.call();
    return this.saving.submit<Call>(
      this.form,
      async () => {
        const input = callInput(this.form);
        this.dialogRef.close(
          call ? await this.store.updateCall(call, input) : await this.store.addCall(this.programme, input),
        );
      },
      {
        // Show what the other person saved; saving again then overwrites it knowingly.
        takeCurrent: (current) => {
          this.call.set(current);
          resetCallForm(this.form, current, this.programme);
        },
        explain: (error) => showProblem(this.form, error, CALL_FIELD_OF),
      },
    );
  }
}
