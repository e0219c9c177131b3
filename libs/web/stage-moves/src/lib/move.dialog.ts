import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FIELD_LIMITS,
  MINOR_UNITS_PER_MAJOR,
  closingWarnings,
  grantedAboveRequested,
  isWholeAmount,
  outcomeName,
  PROJECT_DATE_FIELDS,
  stageName,
  type ClosingWarning,
  type Outcome,
  type Stage,
} from '@gp/domain';
import {
  checkFieldsTogether,
  FieldErrorComponent,
  focusFirstInvalid,
  formDateProblems,
  LanguageStore,
} from '@gp/web/core';
import { FORM_DIALOG_STYLES, LocalDayPipe, LocalMoneyPipe } from '@gp/web/ui';
import type { MoveDetails, MoveSubject } from './move-subject';

export interface MoveDialogData {
  subject: MoveSubject;
  to: Stage;
  /** decide: the funder granted, so ask the amount, the day, the period and report dates; close: how it ended. */
  mode: 'decide' | 'close' | 'plain';
  outcomes: Outcome[];
  /** The organisation's calendar day, YYYY-MM-DD, for the "planned end is ahead" warning. */
  today: string;
}

/** A granted amount in whole kronor or euro, as the hint asks (libs/domain's isWholeAmount). */
const wholeAmount: ValidatorFn = (control) => {
  const major = control.value as number | null;
  return major === null || isWholeAmount(major * MINOR_UNITS_PER_MAJOR)
    ? null
    : { fieldProblem: 'not_whole_amount' };
};

/**
 * Everything a move asks in one dialog: to Pågår the grant, its day, the period and the report
 * dates; to Avslutad the outcome and results, with warnings, as a confirmation (closing is final
 * unless a coordinator reopens); and on every move an optional comment for the history.
 * Closes with the move's details, or with nothing when cancelled.
 */
@Component({
  selector: 'gp-move-dialog',
  imports: [
    FieldErrorComponent,
    LocalDayPipe,
    LocalMoneyPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './move.dialog.html',
  styles: [
    FORM_DIALOG_STYLES,
    `
      .warnings {
        margin: 0 0 1rem;
        padding: 0.5rem 1rem;
        border-left: 4px solid var(--mat-sys-error);
      }
      .warnings p {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        margin: 0.25rem 0;
      }
      .final {
        font-weight: 500;
      }
      .grant-question {
        margin: -0.5rem 0 1rem;
        padding: 0.5rem 1rem;
        border-left: 4px solid var(--mat-sys-error);
      }
      .dates {
        border: 0;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        column-gap: 1rem;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveDialog {
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MoveDialog, MoveDetails>>(MatDialogRef);
  protected readonly language = inject(LanguageStore).language;
  protected readonly locale = inject(LanguageStore).locale;
  protected readonly outcomeName = outcomeName;
  protected readonly stage = stageName(this.data.to, this.language());
  protected readonly commentMax = FIELD_LIMITS.move.comment.max;
  protected readonly resultsMax = FIELD_LIMITS.project.results.max;

  private readonly subject = this.data.subject;
  private readonly deciding = this.data.mode === 'decide';
  private readonly closing = this.data.mode === 'close';

  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLFormElement>>('moveForm');
  private readonly grantedInput = viewChild<ElementRef<HTMLInputElement>>('grantedInput');
  /** The granted amount (minor units) the person was asked about, being above the grant applied for. */
  protected readonly grantQuestioned = signal<number | null>(null);
  protected readonly requestedGrantMinor = this.subject.requestedGrantMinor;

  protected readonly form = new FormGroup({
    granted: new FormControl<number | null>(
      this.subject.grantedMinor === null ? null : this.subject.grantedMinor / MINOR_UNITS_PER_MAJOR,
      this.deciding ? [Validators.required, Validators.min(1), wholeAmount] : [],
    ),
    decisionDate: new FormControl(this.data.today, {
      nonNullable: true,
      validators: this.deciding ? Validators.required : [],
    }),
    plannedStart: new FormControl(this.subject.plannedStart ?? '', { nonNullable: true }),
    plannedEnd: new FormControl(this.subject.plannedEnd ?? '', { nonNullable: true }),
    interimReportOn: new FormControl(this.subject.interimReportOn ?? '', { nonNullable: true }),
    finalReportOn: new FormControl(this.subject.finalReportOn ?? '', { nonNullable: true }),
    outcome: new FormControl<Outcome | null>(
      this.data.outcomes.length === 1 ? this.data.outcomes[0] : null,
      this.closing ? Validators.required : [],
    ),
    results: new FormControl(this.subject.results ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(FIELD_LIMITS.project.results.max),
    }),
    comment: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(FIELD_LIMITS.move.comment.max),
    }),
  });

  constructor() {
    // The dates go to the project: the same rule as the project form, on the field it names.
    if (this.deciding) checkFieldsTogether(this.form, PROJECT_DATE_FIELDS, formDateProblems);
    // A changed amount is a new answer: the question is asked again if it is still above.
    this.form.controls.granted.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.grantQuestioned.set(null));
  }

  /** What the close dialog warns of: a planned end still ahead, results not written. */
  protected readonly warnings: ClosingWarning[] = this.closing
    ? closingWarnings(
        { plannedEnd: this.subject.plannedEnd, results: this.subject.results ?? '' },
        this.data.today,
      ).filter((warning) => warning !== 'results_empty' || this.subject.results !== undefined)
    : [];

  protected get title(): string {
    return this.subject.title;
  }

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      // To the field that says what is wrong, its error read out with it.
      afterNextRender(() => focusFirstInvalid(this.formElement()?.nativeElement), {
        injector: this.injector,
      });
      return;
    }
    const value = this.form.getRawValue();
    const grantedMinor = Math.round((value.granted ?? 0) * MINOR_UNITS_PER_MAJOR);
    // A grant above the one applied for is asked about once; the same amount again is their answer.
    if (
      this.deciding &&
      grantedAboveRequested(grantedMinor, this.subject.requestedGrantMinor) &&
      this.grantQuestioned() !== grantedMinor
    ) {
      this.grantQuestioned.set(grantedMinor);
      afterNextRender(() => this.grantedInput()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    const details: MoveDetails = {};
    const comment = value.comment.trim();
    if (comment) details.comment = comment;
    if (this.deciding) {
      details.outcome = 'granted';
      details.grantedMinor = grantedMinor;
      details.decisionDate = value.decisionDate;
      for (const field of ['plannedStart', 'plannedEnd', 'interimReportOn', 'finalReportOn'] as const)
        if (value[field]) details[field] = value[field];
    }
    if (this.closing) {
      details.outcome = value.outcome as Outcome;
      // Sent only when written or changed: an empty box leaves whatever the project has.
      if (value.results.trim() !== (this.subject.results ?? '').trim() && value.results.trim())
        details.results = value.results.trim();
    }
    this.dialogRef.close(details);
  }
}
