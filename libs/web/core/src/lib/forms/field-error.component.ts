import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, startWith, switchMap } from 'rxjs';
import { ERROR_PARAMS, errorKey, fieldErrorKey } from '../http/error-keys';

interface FieldMessage {
  key: string;
  params: Record<string, unknown>;
}

const PASSWORD_PROBLEM_KEYS: Readonly<Record<string, string>> = {
  too_short: 'validation.tooShort',
  too_long: 'validation.tooLong',
  same_as_email: 'validation.sameAsEmail',
};

function messageOf(errors: ValidationErrors | null): FieldMessage | null {
  if (!errors) return null;
  if (errors['server']) return { key: fieldErrorKey(errors['server']), params: ERROR_PARAMS };
  if (errors['required']) return { key: 'validation.required', params: {} };
  if (errors['email']) return { key: 'validation.email', params: {} };
  if (errors['passwordProblem'])
    return {
      key: PASSWORD_PROBLEM_KEYS[errors['passwordProblem']] ?? 'validation.invalid',
      params: ERROR_PARAMS,
    };
  if (errors['lengthBetween']) return { key: 'validation.nameLength', params: errors['lengthBetween'] };
  if (errors['mismatch']) return { key: 'validation.mismatch', params: {} };
  if (errors['atLeastOne']) return { key: 'validation.rolesRequired', params: {} };
  if (errors['percent']) return { key: 'validation.percent', params: {} };
  if (errors['wholeNumber']) return { key: 'validation.wholeNumber', params: {} };
  if (errors['webLink']) return { key: 'validation.webLink', params: {} };
  if (errors['fieldProblem']) return { key: errorKey(errors['fieldProblem']), params: ERROR_PARAMS };
  if (errors['reminderDays']) return { key: errorKey(errors['reminderDays']), params: ERROR_PARAMS };
  if (errors['money']) return { key: `validation.money.${errors['money']}`, params: {} };
  if (errors['min']) return { key: 'validation.min', params: errors['min'] };
  if (errors['max']) return { key: 'validation.max', params: errors['max'] };
  if (errors['maxlength']) return { key: 'validation.maxLength', params: errors['maxlength'] };
  return { key: 'validation.invalid', params: {} };
}

/**
 * The one message a field shows under it, in the active language:
 * `<mat-error [gpFieldError]="form.controls.email" />`.
 */
@Component({
  // On Material's own <mat-error>, so the form field places it and links it to the input.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'mat-error[gpFieldError]',
  imports: [TranslocoPipe],
  template: `@if (message(); as m) {
    {{ m.key | transloco: m.params }}
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldErrorComponent {
  readonly control = input.required<AbstractControl>({ alias: 'gpFieldError' });

  // A control's errors change without any input changing, so follow its events.
  private readonly errors = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => control.errors),
        ),
      ),
    ),
    { initialValue: null },
  );

  readonly message = computed(() => messageOf(this.errors()));
}
