// A Material field in error (an empty required input has no aria-invalid, but its field has the
// class), or any other control that says it is invalid; the first in the page wins.
const INVALID_FIELD = [
  '.mat-form-field-invalid input',
  '.mat-form-field-invalid textarea',
  '.mat-form-field-invalid [role="combobox"]',
  '[aria-invalid="true"]',
].join(', ');

/**
 * Moves the focus to the first field of a form that shows an error, in reading order, so a
 * refused save leads the person to what to fix; Material links the field's error text to it by
 * aria-describedby, so it is read out with the field. Call after the errors are drawn (Material
 * sets aria-invalid then). Returns whether a field took the focus.
 */
export function focusFirstInvalid(form: HTMLElement | null | undefined): boolean {
  const field = form?.querySelector<HTMLElement>(INVALID_FIELD);
  if (!field) return false;
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
  return true;
}
