import type { AbstractControl } from '@angular/forms';
import type { ApiError } from '@gp/domain';

/**
 * Puts the API's field errors on the matching controls, so each message shows under its own
 * field. Returns whether any field took one; if none did, the caller shows the error as a whole.
 */
export function showServerErrors(form: AbstractControl, error: ApiError): boolean {
  let shown = false;
  for (const field of Object.keys(error.errors ?? {})) {
    const control = form.get(field);
    if (!control) continue;
    control.setErrors({ ...control.errors, server: error.code });
    control.markAsTouched();
    shown = true;
  }
  return shown;
}
