import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import {
  FIELD_LIMITS,
  type CoFundingRecommendation,
  type CoFundingRequest,
} from '@gp/domain';
import { FormSave, callApi, withinLimit } from '@gp/web/core';
import { CoFundingApi } from '@gp/web/co-funding-data';
import { CoFundingYearsComponent, FORM_DIALOG_IMPORTS } from '@gp/web/ui';

export interface RecommendationDialogData {
  request: CoFundingRequest;
  recommendation: CoFundingRecommendation;
}

/**
 * The head's advice to the body on a request above their delegation. Advising against needs a
 * reason, so the body knows why. Closes with the request as the API has it now.
 */
@Component({
  selector: 'gp-recommendation-dialog',
  imports: [...FORM_DIALOG_IMPORTS, CoFundingYearsComponent],
  templateUrl: './recommendation.dialog.html',
  styleUrl: './co-funding-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendationDialog {
  private readonly api = inject(CoFundingApi);
  private readonly dialogRef = inject<MatDialogRef<RecommendationDialog, CoFundingRequest>>(MatDialogRef);
  private readonly data = inject<RecommendationDialogData>(MAT_DIALOG_DATA);
  protected readonly recommendation = this.data.recommendation;
  protected readonly request = signal(this.data.request);
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [
        ...(this.recommendation === 'against' ? [Validators.required] : []),
        withinLimit(FIELD_LIMITS.coFunding.decisionComment),
      ],
    }),
  });
  protected readonly comment = this.form.controls.comment;
  protected readonly saving = new FormSave();

  protected send(): Promise<void> {
    return this.saving.submit<CoFundingRequest>(
      this.form,
      async () =>
        this.dialogRef.close(
          await callApi(
            this.api.recommend(this.request().id, {
              recommendation: this.recommendation,
              comment: this.comment.value.trim(),
              version: this.request().version,
            }),
          ),
        ),
      // Someone changed the request meanwhile: show it as it is now; sending again advises on that.
      { takeCurrent: (current) => this.request.set(current) },
    );
  }
}
