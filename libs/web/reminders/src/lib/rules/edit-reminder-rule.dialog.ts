import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import {
  normalizedOffsets,
  parseReminderOffsets,
  reminderOffsetsProblem,
  type ReminderRule,
} from '@gp/domain';
import { FormSave, reminderDays, unlessAFieldSaysIt } from '@gp/web/core';
import { ReminderDaysComponent } from './reminder-days.component';
import { ReminderRulesStore } from './reminder-rules.store';
import { FORM_DIALOG_IMPORTS } from '@gp/web/ui';

export interface EditReminderRuleData {
  rule: ReminderRule;
  /** The kind in the admin's language, e.g. "Slutrapport". */
  kindName: string;
}

/** New reminder days for one kind of deadline, or back to the defaults. Closes with the saved rule. */
@Component({
  selector: 'gp-edit-reminder-rule-dialog',
  imports: [...FORM_DIALOG_IMPORTS, MatButtonModule, ReminderDaysComponent],
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
        <gp-form-problem [problem]="saving.problem()" />
      </mat-dialog-content>
      <gp-dialog-save-actions [busy]="saving.busy()" align="start">
        @if (!rule().isDefault) {
          <button mat-button type="button" class="reset" (click)="save(true)">
            {{ 'reminderRules.reset' | transloco }}
          </button>
        }
      </gp-dialog-save-actions>
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
  protected readonly saving = new FormSave();

  /** Saves the typed days, or with `toDefaults` returns the kind to the defaults. */
  protected save(toDefaults = false): Promise<void> {
    return this.saving.submit<ReminderRule>(
      this.form,
      async () => {
        const days = toDefaults ? null : parseReminderOffsets(this.form.controls.offsetsDays.value);
        this.dialogRef.close(await this.store.save(this.rule(), days));
      },
      {
        validate: !toDefaults,
        // Show what the other admin saved; saving again then overwrites it knowingly.
        takeCurrent: (current) => {
          this.rule.set(current);
          this.form.reset({ offsetsDays: current.offsetsDays.join(', ') });
        },
        explain: unlessAFieldSaysIt(this.form),
      },
    );
  }
}
