import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import {
  FIELD_LIMITS,
  MINUTES_REFERENCE_EXAMPLES,
  type CoFundingDecision,
  type CoFundingRequest,
} from '@gp/domain';
import { FormSave, LanguageStore, TODAY, callApi, withinLimit } from '@gp/web/core';
import { CoFundingApi } from '@gp/web/co-funding-data';
import { CoFundingYearsComponent, FORM_DIALOG_IMPORTS } from '@gp/web/ui';

export interface BodyDecisionDialogData {
  request: CoFundingRequest;
}

/**
 * A coordinator records what the body, or its chair urgently, decided on a request above the
 * head's delegation, as the minutes have it: outcome, meeting day, § and case number. The API
 * checks the shapes for the organisation's country and answers 422 naming the field, which the
 * field then shows.
 */
@Component({
  selector: 'gp-body-decision-dialog',
  imports: [...FORM_DIALOG_IMPORTS, CoFundingYearsComponent, MatCheckboxModule, MatRadioModule],
  templateUrl: './body-decision.dialog.html',
  styleUrl: './co-funding-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BodyDecisionDialog {
  private readonly api = inject(CoFundingApi);
  private readonly dialogRef = inject<MatDialogRef<BodyDecisionDialog, CoFundingRequest>>(MatDialogRef);
  private readonly data = inject<BodyDecisionDialogData>(MAT_DIALOG_DATA);
  private readonly today = inject(TODAY);
  protected readonly request = signal(this.data.request);
  /** The country is not known to the web yet: the UI language stands in for the hints only. */
  protected readonly examples =
    MINUTES_REFERENCE_EXAMPLES[inject(LanguageStore).language() === 'nb' ? 'NO' : 'SE'];
  /** No meeting fits before the call deadline: the chair's urgent decision is the route left. */
  protected readonly urgentSuggested = this.data.request.plan.problem === 'no_meeting_fits';

  protected readonly form = new FormGroup({
    decision: new FormControl<CoFundingDecision>('approved', { nonNullable: true }),
    urgent: new FormControl(this.urgentSuggested, { nonNullable: true }),
    meetsOn: new FormControl(this.defaultMeetingDay(), { nonNullable: true, validators: [Validators.required] }),
    paragraph: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    caseNumber: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    comment: new FormControl('', {
      nonNullable: true,
      validators: [withinLimit(FIELD_LIMITS.coFunding.decisionComment)],
    }),
  });
  protected readonly controls = this.form.controls;
  protected readonly saving = new FormSave();

  constructor() {
    // A rejection needs its reason, so the project knows what to change.
    this.controls.decision.valueChanges.subscribe((decision) => {
      this.controls.comment.setValidators([
        ...(decision === 'rejected' ? [Validators.required] : []),
        withinLimit(FIELD_LIMITS.coFunding.decisionComment),
      ]);
      this.controls.comment.updateValueAndValidity();
    });
  }

  protected send(): Promise<void> {
    const value = this.form.getRawValue();
    return this.saving.submit<CoFundingRequest>(
      this.form,
      async () =>
        this.dialogRef.close(
          await callApi(
            this.api.recordBodyDecision(this.request().id, {
              ...value,
              paragraph: value.paragraph.trim(),
              caseNumber: value.caseNumber.trim(),
              comment: value.comment.trim(),
              version: this.request().version,
            }),
          ),
        ),
      { takeCurrent: (current) => this.request.set(current) },
    );
  }

  /** The planned meeting once it has met; otherwise today, the day a decision can be recorded for. */
  private defaultMeetingDay(): string {
    const planned = this.data.request.plan.meeting?.meetsOn;
    const now = this.today();
    return planned && planned <= now ? planned : now;
  }
}
