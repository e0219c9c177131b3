import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { DECISION_BODY_KINDS, type DecisionBody, type Department } from '@gp/domain';
import { FormSave, unlessAFieldSaysIt } from '@gp/web/core';
import { FORM_DIALOG_IMPORTS, FORM_DIALOG_STYLES } from '@gp/web/ui';
import { decisionBodyForm, decisionBodyInput, resetDecisionBodyForm } from './decision-body-form';
import { DecisionBodiesStore } from './decision-bodies.store';
import { MeetingPlanEditorComponent } from './meeting-plan-editor.component';

export interface DecisionBodyDialogData {
  /** The body to change; null for a new one. */
  body: DecisionBody | null;
  departments: readonly Department[];
}

/**
 * A decision body with its meeting plan, new or changed under the version the admin opened.
 * Closes with the saved body.
 */
@Component({
  selector: 'gp-decision-body-dialog',
  imports: [...FORM_DIALOG_IMPORTS, MatSelectModule, MeetingPlanEditorComponent],
  templateUrl: './decision-body.dialog.html',
  styles: FORM_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionBodyDialog {
  private readonly store = inject(DecisionBodiesStore);
  private readonly dialogRef = inject<MatDialogRef<DecisionBodyDialog, DecisionBody>>(MatDialogRef);
  private readonly data = inject<DecisionBodyDialogData>(MAT_DIALOG_DATA);
  private readonly body = signal(this.data.body);

  protected readonly editing = this.data.body !== null;
  protected readonly title = this.data.body?.name ?? '';
  protected readonly departments = this.data.departments;
  protected readonly kinds = DECISION_BODY_KINDS;
  protected readonly form = decisionBodyForm(this.data.body);
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly saving = new FormSave();

  protected save(): Promise<void> {
    const body = this.body();
    return this.saving.submit<DecisionBody>(
      this.form,
      async () => {
        const input = decisionBodyInput(this.form);
        this.dialogRef.close(body ? await this.store.update(body, input) : await this.store.create(input));
      },
      {
        // Show what the other person saved; saving again then overwrites it knowingly.
        takeCurrent: (current) => {
          this.body.set(current);
          resetDecisionBodyForm(this.form, current);
        },
        explain: unlessAFieldSaysIt(this.form),
      },
    );
  }
}
