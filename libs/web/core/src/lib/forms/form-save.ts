import { signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { ApiError } from '@gp/domain';
import { toApiError } from '../http/api-error';
import { showServerErrors } from './server-errors';

/** How a form shows a refused save. */
export interface FormSaveRefusal<C> {
  /**
   * A 409 that carries the record as it is now: the form shows it, and saving again then
   * overwrites it knowingly. Without this, the refusal is shown like any other.
   */
  takeCurrent?: (current: C) => void;
  /** Renames the API's field paths to the form's control paths. */
  fieldOf?: (field: string) => string;
  /**
   * Puts the field errors on the form and returns what the problem line says (null for nothing).
   * The default puts them under their fields and says the error as well.
   */
  explain?: (error: ApiError) => ApiError | null;
  /** Extra reasons not to send, beyond the form's own validity (checked after marking it touched). */
  invalid?: boolean;
  /** False sends without checking the form (e.g. "back to the defaults" ignores what was typed). */
  validate?: boolean;
}

/**
 * One form's save: busy while on its way (a second press waits), invalid input marked instead
 * of sent, and a refusal shown under the fields and in the form's problem line.
 */
export class FormSave {
  readonly busy = signal(false);
  readonly problem = signal<ApiError | null>(null);

  /** Sends `write` when the form is valid; resolves once it has settled, whatever the answer. */
  async submit<C = never>(
    form: AbstractControl,
    write: () => Promise<unknown>,
    refusal: FormSaveRefusal<C> = {},
  ): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (refusal.validate !== false && (form.invalid || refusal.invalid)) {
      form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await write();
    } catch (error) {
      this.problem.set(this.explain(form, toApiError(error), refusal));
    } finally {
      this.busy.set(false);
    }
  }

  private explain<C>(form: AbstractControl, error: ApiError, refusal: FormSaveRefusal<C>): ApiError | null {
    if (error.code === 'stale_version' && error.current && refusal.takeCurrent) {
      refusal.takeCurrent(error.current as C);
      return error;
    }
    const fieldOf = refusal.fieldOf;
    const renamed: ApiError = fieldOf
      ? { ...error, errors: Object.fromEntries(Object.entries(error.errors ?? {}).map(([f, m]) => [fieldOf(f), m])) }
      : error;
    if (refusal.explain) return refusal.explain(renamed);
    showServerErrors(form, renamed);
    return error;
  }
}

/** For forms whose problem line stays quiet when a field already shows what is wrong. */
export function unlessAFieldSaysIt(form: AbstractControl): (error: ApiError) => ApiError | null {
  return (error) => (showServerErrors(form, error) ? null : error);
}
