import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, Project } from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, errorKey, showServerErrors } from '@gp/web/core';
import { BoardStore } from './board.store';

/** A new idea takes a title and a department; the rest is filled in on the project page. */
@Component({
  selector: 'gp-new-idea-dialog',
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
            @for (department of store.departments(); track department.id) {
              <mat-option [value]="department.id">{{ department.name }}</mat-option>
            }
          </mat-select>
          <mat-error [gpFieldError]="form.controls.departmentId" />
        </mat-form-field>
        <div class="problem" aria-live="assertive" aria-atomic="true">
          @if (problem(); as p) {
            <mat-icon aria-hidden="true" fontIcon="error" />
            <span>{{ errorKey(p.code) | transloco: errorParams }}</span>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" data-testid="new-idea-create">
          {{ (busy() ? 'common.saving' : 'board.create') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../shared/dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewIdeaDialog {
  protected readonly store = inject(BoardStore);
  private readonly dialogRef = inject<MatDialogRef<NewIdeaDialog, Project>>(MatDialogRef);

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    departmentId: new FormControl('', { nonNullable: true, validators: Validators.required }),
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    const title = this.form.controls.title.value.trim();
    if (!title) this.form.controls.title.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      this.dialogRef.close(await this.store.createIdea(title, this.form.controls.departmentId.value));
    } catch (error) {
      const apiError = error as ApiError;
      showServerErrors(this.form, apiError);
      this.problem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }
}
