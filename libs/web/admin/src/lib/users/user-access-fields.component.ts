import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReactiveFormsModule, type FormControl, type FormGroup } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, type Role } from '@gp/domain';
import { FieldErrorComponent } from '@gp/web/core';
import { DepartmentsStore } from '../departments/departments.store';
import { RolesFieldsetComponent } from './roles-fieldset.component';

/** Roles, departments and language: the fields the create and edit dialogs share. */
@Component({
  selector: 'gp-user-access-fields',
  imports: [FieldErrorComponent, MatFormFieldModule, MatSelectModule, ReactiveFormsModule, RolesFieldsetComponent, TranslocoPipe],
  template: `
    <ng-container [formGroup]="form()">
      <gp-roles-fieldset [control]="roles()" />

      <mat-form-field appearance="outline">
        <mat-label>{{ 'users.departments' | transloco }}</mat-label>
        <mat-select formControlName="departmentIds" multiple>
          @for (department of departments.departments(); track department.id) {
            <mat-option [value]="department.id">{{ department.name }}</mat-option>
          }
        </mat-select>
        <mat-error [gpFieldError]="departmentIds()" />
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ 'users.language' | transloco }}</mat-label>
        <mat-select formControlName="language">
          @for (language of languages; track language) {
            <mat-option [value]="language" [attr.lang]="language">{{
              'language.names.' + language | transloco
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </ng-container>
  `,
  styles: `
    :host {
      display: contents;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserAccessFieldsComponent {
  /** A user form with `roles`, `departmentIds` and `language` controls (see userFields()). */
  readonly form = input.required<FormGroup>();
  protected readonly roles = computed(() => this.form().controls['roles'] as FormControl<Role[]>);
  protected readonly departmentIds = computed(() => this.form().controls['departmentIds'] as FormControl<string[]>);
  protected readonly departments = inject(DepartmentsStore);
  protected readonly languages = LANGUAGES;
}
