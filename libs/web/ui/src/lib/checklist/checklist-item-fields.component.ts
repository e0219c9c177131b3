import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent } from '@gp/web/core';
import { startWith, switchMap } from 'rxjs';
import { DUE_KINDS, type ChecklistItemFields } from './checklist-item-form';

let nextId = 0;

/**
 * The fields of one checklist item: title, guidance, required, and when it is due. Used by the
 * programme template's dialog and by the application checklist's dialog.
 */
@Component({
  selector: 'gp-checklist-item-fields',
  imports: [
    FieldErrorComponent,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <div class="fields" [formGroup]="form()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'checklist.fields.title' | transloco }}</mat-label>
        <input matInput formControlName="title" autocomplete="off" required />
        <mat-error [gpFieldError]="form().controls.title" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'checklist.fields.guidance' | transloco }}</mat-label>
        <textarea matInput rows="3" formControlName="guidance"></textarea>
        <mat-hint>{{ 'checklist.fields.guidanceHint' | transloco }}</mat-hint>
        <mat-error [gpFieldError]="form().controls.guidance" />
      </mat-form-field>
      <mat-checkbox formControlName="required">{{ 'checklist.fields.required' | transloco }}</mat-checkbox>
      <fieldset>
        <legend [id]="legendId">{{ 'checklist.fields.due' | transloco }}</legend>
        <mat-radio-group formControlName="dueKind" [attr.aria-labelledby]="legendId">
          @for (kind of kinds; track kind) {
            <mat-radio-button [value]="kind">{{
              'checklist.fields.dueKinds.' + kind | transloco
            }}</mat-radio-button>
          }
        </mat-radio-group>
        @if (dueKind() === 'before_deadline') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'checklist.fields.dueDays' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              inputmode="numeric"
              min="0"
              max="365"
              step="1"
              formControlName="dueDays"
            />
            <mat-hint>{{ 'checklist.fields.dueDaysHint' | transloco }}</mat-hint>
            <mat-error [gpFieldError]="form().controls.dueDays" />
          </mat-form-field>
        } @else if (dueKind() === 'fixed') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'checklist.fields.dueOn' | transloco }}</mat-label>
            <input matInput type="date" formControlName="dueOn" />
            <mat-error [gpFieldError]="form().controls.dueOn" />
          </mat-form-field>
        }
        <mat-error class="rule-error" [gpFieldError]="form().controls.dueKind" />
      </fieldset>
    </div>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    mat-form-field {
      width: 100%;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      margin: 0.5rem 0 0;
      padding: 0.5rem 0.75rem;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 0.25rem;
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
      margin-bottom: 0.5rem;
    }
    .rule-error {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistItemFieldsComponent {
  readonly form = input.required<ChecklistItemFields>();

  protected readonly kinds = DUE_KINDS;
  protected readonly legendId = `checklist-due-${nextId++}`;

  private readonly kind = toSignal(
    toObservable(this.form).pipe(
      switchMap((form) => form.controls.dueKind.valueChanges.pipe(startWith(form.controls.dueKind.value))),
    ),
  );
  protected readonly dueKind = computed(() => this.kind() ?? this.form().controls.dueKind.value);
}
