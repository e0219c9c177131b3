import type { AbstractControl } from '@angular/forms';
import type { ApiError } from '@gp/domain';
import { showServerErrors } from '@gp/web/core';

/**
 * Puts a failed save's field errors under the form's fields and returns the error to announce.
 * `fieldOf` renames the API's fields to the form's (maxGrantMinor is typed in whole units as
 * maxGrant); a taken name gets the programme's own wording, not the department one.
 */
export function showProblem(
  form: AbstractControl,
  error: ApiError,
  fieldOf: Readonly<Record<string, string>> = {},
): ApiError {
  const errors = Object.fromEntries(
    Object.entries(error.errors ?? {}).map(([field, messages]) => [fieldOf[field] ?? field, messages]),
  );
  const shown: ApiError = {
    ...error,
    code: error.code === 'name_taken' ? 'programme_name_taken' : error.code,
    errors,
  };
  showServerErrors(form, shown);
  return shown;
}
