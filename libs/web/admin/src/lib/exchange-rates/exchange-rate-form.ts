import type { AbstractControl, ValidationErrors } from '@angular/forms';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month written YYYY-MM, as the API keeps rates. */
export function monthValue(control: AbstractControl): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  return value === '' || MONTH.test(value) ? null : { month: true };
}

/**
 * A rate as people type it: a decimal comma or point, spaces between thousands allowed
 * ("11,0925", "11.0925"). Null when it is not a number.
 */
export function parseRate(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const rate = Number(cleaned);
  return Number.isFinite(rate) ? rate : null;
}

/** A rate above zero; empty is left to `required`. */
export function rateValue(control: AbstractControl): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  if (value === '') return null;
  const rate = parseRate(value);
  return rate !== null && rate > 0 ? null : { rate: true };
}
