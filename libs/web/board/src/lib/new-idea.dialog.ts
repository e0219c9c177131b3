import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { FIELD_LIMITS, mayCreateIdeaIn, type Project } from '@gp/domain';
import { FormSave, withinLimit } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { BoardStore } from './board.store';
import { FORM_DIALOG_IMPORTS, FORM_DIALOG_STYLES } from '@gp/web/ui';

/**
 * A new idea takes a title and a department; the rest is filled in on the project page. A project
 * lead is offered their own departments only (libs/domain's mayCreateIdeaIn, as the API rules),
 * the one chosen already when there is one.
 */
@Component({
  selector: 'gp-new-idea-dialog',
  imports: [...FORM_DIALOG_IMPORTS, MatSelectModule],
  template: `
    <h2 mat-dialog-title>{{ 'board.newIdeaTitle' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'board.ideaTitle' | transloco }}</mat-label>
          <input matInput formControlName="title" autocomplete="off" required data-testid="new-idea-title" />
          <mat-hint>{{ 'board.ideaHint' | transloco }}</mat-hint>
          <mat-error [gpFieldError]="form.controls.title" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'board.ideaDepartment' | transloco }}</mat-label>
          <mat-select formControlName="departmentId" required data-testid="new-idea-department">
            @for (department of departments(); track department.id) {
              <mat-option [value]="department.id">{{ department.name }}</mat-option>
            }
          </mat-select>
          <mat-error [gpFieldError]="form.controls.departmentId" />
        </mat-form-field>
        <gp-form-problem [problem]="saving.problem()" />
      </mat-dialog-content>
      <gp-dialog-save-actions [busy]="saving.busy()" label="board.create" testId="new-idea-create" />
    </form>
  `,
  styles: FORM_DIALOG_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewIdeaDialog {
  protected readonly store = inject(BoardStore);
  private readonly session = inject(SessionStore);
  private readonly dialogRef = inject<MatDialogRef<NewIdeaDialog, Project>>(MatDialogRef);

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, withinLimit(FIELD_LIMITS.project.title)],
    }),
    departmentId: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly saving = new FormSave();

  protected readonly departments = computed(() => {
    const person = this.session.user() ?? { roles: [], departmentIds: [] };
    return this.store.departments().filter((department) => mayCreateIdeaIn(person, department.id));
  });

  constructor() {
    effect(() => {
      const offered = this.departments();
      const chosen = this.form.controls.departmentId;
      if (offered.length === 1 && !chosen.value) chosen.setValue(offered[0].id);
    });
  }

  protected save(): Promise<void> {
    const title = this.form.controls.title.value.trim();
    if (!title && !this.saving.busy()) this.form.controls.title.setErrors({ required: true });
    return this.saving.submit(this.form, async () =>
      this.dialogRef.close(await this.store.createIdea(title, this.form.controls.departmentId.value)),
    );
  }
}
