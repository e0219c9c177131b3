import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { TranslocoPipe } from '@jsverse/transloco';
import { ROLES, type Role } from '@gp/domain';
import { FieldErrorComponent } from '@gp/web/core';
import { map, startWith, switchMap } from 'rxjs';

let nextId = 0;

/** The roles a person holds, as a group of checkboxes under one legend. */
@Component({
  selector: 'gp-roles-fieldset',
  imports: [FieldErrorComponent, MatCheckboxModule, MatFormFieldModule, TranslocoPipe],
  template: `
    <fieldset [attr.aria-describedby]="showError() ? errorId : null">
      <legend>{{ 'users.roles' | transloco }}</legend>
      @for (role of roles; track role) {
        <mat-checkbox [checked]="chosen().includes(role)" (change)="toggle(role, $event.checked)">
          {{ 'roles.' + role | transloco }}
        </mat-checkbox>
      }
    </fieldset>
    @if (showError()) {
      <mat-error [id]="errorId" [gpFieldError]="control()" />
    }
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 1rem;
    }
    fieldset {
      display: flex;
      flex-direction: column;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      margin: 0;
      padding: 0.25rem 0.75rem 0.5rem;
    }
    legend {
      padding: 0 0.25rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    mat-error {
      display: block;
      padding: 0.25rem 1rem 0;
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RolesFieldsetComponent {
  readonly control = input.required<FormControl<Role[]>>();
  protected readonly roles = ROLES;
  protected readonly errorId = `gp-roles-error-${nextId++}`;

  // The form may be reset from outside (a stale edit reloads the record), so follow the control.
  private readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => ({ value: control.value, showError: control.invalid && control.touched })),
        ),
      ),
    ),
    { initialValue: { value: [] as Role[], showError: false } },
  );
  protected readonly chosen = computed(() => this.state().value);
  protected readonly showError = computed(() => this.state().showError);

  protected toggle(role: Role, checked: boolean): void {
    const control = this.control();
    const others = control.value.filter((r) => r !== role);
    // Keep the API's order of roles, whatever order they were ticked in.
    const next = checked ? ROLES.filter((r) => others.includes(r) || r === role) : others;
    control.setValue(next);
    control.markAsTouched();
  }
}
