import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, CoFundingDecision, CoFundingRequest } from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, errorKey } from '@gp/web/core';
import { CoFundingYearsComponent } from '@gp/web/ui';
import { ApprovalsStore } from './approvals.store';

export interface DecisionDialogData {
  request: CoFundingRequest;
  decision: CoFundingDecision;
}

/**
 * Approves or rejects a request with a comment for the project; rejecting needs one, so the
 * project knows why. Sends the version the person saw and closes with the decided request.
 */
@Component({
  selector: 'gp-decision-dialog',
  imports: [
    CoFundingYearsComponent,
    FieldErrorComponent,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './decision.dialog.html',
  styleUrl: './decision.dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionDialog {
  private readonly store = inject(ApprovalsStore);
  private readonly dialogRef = inject<MatDialogRef<DecisionDialog, CoFundingRequest>>(MatDialogRef);
  private readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);

  protected readonly decision = this.data.decision;
  protected readonly request = signal(this.data.request);
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [
        ...(this.decision === 'rejected' ? [Validators.required] : []),
        Validators.maxLength(4000),
      ],
    }),
  });
  protected readonly comment = this.form.controls.comment;
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  protected async send(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      this.dialogRef.close(await this.store.decide(this.request(), this.decision, this.comment.value.trim()));
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.current) {
        // The amounts may have changed, or someone decided first: show the request as it is now.
        this.request.set(apiError.current as CoFundingRequest);
      } else if (apiError.errors?.['comment']) {
        this.comment.setErrors({ server: apiError.code });
        this.comment.markAsTouched();
      }
      this.problem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }
}
