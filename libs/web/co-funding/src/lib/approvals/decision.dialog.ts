import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { FIELD_LIMITS, type CoFundingDecision, type CoFundingRequest } from '@gp/domain';
import { FormSave, withinLimit } from '@gp/web/core';
import { CoFundingYearsComponent, FORM_DIALOG_IMPORTS } from '@gp/web/ui';
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
  imports: [...FORM_DIALOG_IMPORTS, CoFundingYearsComponent],
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
        withinLimit(FIELD_LIMITS.coFunding.decisionComment),
      ],
    }),
  });
  protected readonly comment = this.form.controls.comment;
  protected readonly saving = new FormSave();

  protected send(): Promise<void> {
    return this.saving.submit<CoFundingRequest>(
      this.comment,
      async () =>
        this.dialogRef.close(await this.store.decide(this.request(), this.decision, this.comment.value.trim())),
      {
        explain: (error) => {
          if (error.current) {
            // The amounts may have changed, or someone decided first: show the request as it is now.
            this.request.set(error.current as CoFundingRequest);
          } else if (error.errors?.['comment']) {
            this.comment.setErrors({ server: error.code });
            this.comment.markAsTouched();
          }
          return error;
        },
      },
    );
  }
}
