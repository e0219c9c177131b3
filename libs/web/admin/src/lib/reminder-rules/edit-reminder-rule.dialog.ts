import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  normalizedOffsets,
  parseReminderOffsets,
  reminderOffsetsProblem,
  type ApiError,
  type ReminderRule,
} from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, errorKey, reminderDays, showServerErrors } from '@gp/web/core';
import { ReminderDaysComponent } from './reminder-days.component';
import { ReminderRulesStore } from './reminder-rules.store';

export interface EditReminderRuleData {
  rule: ReminderRule;
  /** The kind in the admin's language, e.g. "Slutrapport". */
  kindName: string;
}

/** New reminder days for one kind of deadline, or back to the defaults. Closes with the saved rule. */
@Component({
  selector: 'gp-edit-reminder-rule-dialog',
  imports: [
    FieldErrorComponent,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    ReminderDaysComponent,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'reminderRules.editTitle' | transloco: { kind: data.kindName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'reminderRules.daysField' | transloco }}</mat-label>
          <input matInput formControlName="offsetsDays" autocomplete="off" inputmode="text" />
          <mat-hint>{{ 'reminderRules.daysHint' | transloco }}</mat-hint>
          <mat-error [gpFieldError]="form.controls.offsetsDays" />
        </mat-form-field>
        <p class="preview" aria-live="polite">
          @if (preview(); as days) {
            {{ 'reminderRules.preview' | transloco }} <gp-reminder-days [days]="days" />
          }
        </p>
        <div class="problem" aria-live="assertive" aria-atomic="true">
          @if (problem(); as p) {
            <mat-icon aria-hidden="true" fontIcon="error" />
            <span>{{ errorKey(p.code) | transloco: errorParams }}</span>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions>
        @if (!rule().isDefault) {
          <button mat-button type="button" class="reset" (click)="save(true)">
            {{ 'reminderRules.reset' | transloco }}
          </button>
        }
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">
          {{ (busy() ? 'common.saving' : 'common.save') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
    .preview {
      margin: 1.25rem 0 0;
      min-height: 1.5em;
    }
    .reset {
      margin-inline-end: auto;
    }
    .problem {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditReminderRuleDialog {
  private readonly store = inject(ReminderRulesStore);
  private readonly dialogRef = inject<MatDialogRef<EditReminderRuleDialog, ReminderRule>>(MatDialogRef);
  protected readonly data = inject<EditReminderRuleData>(MAT_DIALOG_DATA);
  protected readonly rule = signal(this.data.rule);

  protected readonly form = inject(NonNullableFormBuilder).group({
    // Typed as text, "30, 14, 7"; the API's name, so its field errors land here.
    offsetsDays: [this.data.rule.offsetsDays.join(', '), reminderDays],
  });
  private readonly typed = toSignal(this.form.controls.offsetsDays.valueChanges, {
    initialValue: this.form.controls.offsetsDays.value,
  });
  /** What the typed days will mean, while they are valid. */
  protected readonly preview = computed(() => {
    const days = parseReminderOffsets(this.typed());
    return days && !reminderOffsetsProblem(days) ? normalizedOffsets(days) : null;
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  /** Saves the typed days, or with `toDefaults` returns the kind to the defaults. */
  protected async save(toDefaults = false): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (!toDefaults && this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const days = toDefaults ? null : parseReminderOffsets(this.form.controls.offsetsDays.value);
      this.dialogRef.close(await this.store.save(this.rule(), days));
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current) {
        // Show what the other admin saved; saving again then overwrites it knowingly.
        const current = apiError.current as ReminderRule;
        this.rule.set(current);
        this.form.reset({ offsetsDays: current.offsetsDays.join(', ') });
        this.problem.set(apiError);
      } else if (!showServerErrors(this.form, apiError)) {
        this.problem.set(apiError);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
