import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CURRENCIES, type ApiError, type Call, type Programme } from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, errorKey } from '@gp/web/core';
import { showProblem } from '../shared/api-problem';
import { CallTimes } from '../shared/call-times';
import { FUNDER_TIME_ZONES } from '../shared/time-zones';
import { ProgrammesStore } from '../programmes/programmes.store';
import { CALL_FIELD_OF, callForm, callInput, resetCallForm } from './call-form';

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
  templateUrl: './call.dialog.html',
  styleUrl: '../shared/dialog.scss',
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
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  /** The common zones, plus the call's own when a funder used another. */
  protected readonly zones = computed(() => {
    const own = this.call()?.deadlineTimeZone;
    const zones = FUNDER_TIME_ZONES.map((z) => z.zone);
    return (own && !zones.includes(own) ? [...zones, own] : zones).map((zone) => ({
      zone,
      place: this.times.placeName(zone),
    }));
  });

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    const call = this.call();
    try {
      const input = callInput(this.form);
      this.dialogRef.close(
        call ? await this.store.updateCall(call, input) : await this.store.addCall(this.programme, input),
      );
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current) {
        // Show what the other person saved; saving again then overwrites it knowingly.
        const current = apiError.current as Call;
        this.call.set(current);
        resetCallForm(this.form, current, this.programme);
        this.problem.set(apiError);
      } else {
        this.problem.set(showProblem(this.form, apiError, CALL_FIELD_OF));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
