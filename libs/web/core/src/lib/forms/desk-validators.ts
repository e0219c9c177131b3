import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { parseReminderOffsets, passwordProblems, reminderOffsetsProblem, type TextLimit } from '@gp/domain';
import { isEmailAddress } from './email-address';

/** The same password rules the API applies, checked as the person types. */
export function passwordPolicy(emailOf: () => string | undefined = () => undefined): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = typeof control.value === 'string' ? control.value : '';
    if (value === '') return null;
    const problems = passwordProblems(value, emailOf());
    return problems.length ? { passwordProblem: problems[0] } : null;
  };
}

/** A name of `min` to `max` characters once surrounding space is gone, as the API trims it. */
export function lengthBetween(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const length = typeof control.value === 'string' ? control.value.trim().length : 0;
    return length === 0 || (length >= min && length <= max) ? null : { lengthBetween: { min, max } };
  };
}

/** At least one entry in a multi-choice control (roles). */
export function atLeastOne(control: AbstractControl): ValidationErrors | null {
  return Array.isArray(control.value) && control.value.length > 0 ? null : { atLeastOne: true };
}

/**
 * A repeated password must equal the first. A control-level check, so the message shows under
 * the repeat field; re-run it when the first changes.
 */
export function sameAs(otherValue: () => unknown): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null =>
    !control.value || control.value === otherValue() ? null : { mismatch: true };
}

/**
 * An email address, ignoring surrounding space, which the API trims off, so a pasted address
 * works. (Not Angular's Validators.email: this lib stays free of @angular/forms at run time,
 * which keeps forms out of the first screen's bundle.)
 */
export function emailAddress(control: AbstractControl): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  return value === '' || isEmailAddress(value) ? null : { email: true };
}

/**
 * A rate in percent as the API takes it: 0 to 100 with at most two decimals. Empty is fine
 * (a rate that varies); add Validators.required where one is needed.
 */
export function percentRate(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (value === null || value === undefined || value === '') return null;
  const rate = Number(value);
  const fine =
    Number.isFinite(rate) && rate >= 0 && rate <= 100 && Math.abs(rate * 100 - Math.round(rate * 100)) < 1e-6;
  return fine ? null : { percent: true };
}

/** A whole number from 0 up that survives being multiplied into minor units (×100). Empty is fine. */
export function wholeNumber(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (value === null || value === undefined || value === '') return null;
  const amount = Number(value);
  return Number.isSafeInteger(amount) && amount >= 0 && Number.isSafeInteger(amount * 100)
    ? null
    : { wholeNumber: true };
}

// What the API's link check takes: an http(s) address with a host, at most 500 characters.
const WEB_LINK = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/i;

/** An http or https address, ignoring surrounding space. Empty is fine. */
export function webLink(control: AbstractControl): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  return value === '' || (value.length <= 500 && WEB_LINK.test(value)) ? null : { webLink: true };
}

/**
 * Reminder days as an admin types them ("30, 14, 7, 3, 1, -1"), by the API's own rules. The
 * error is the API's problem code, so a field shows the same words for both.
 */
export function reminderDays(control: AbstractControl): ValidationErrors | null {
  const days = parseReminderOffsets(typeof control.value === 'string' ? control.value : '');
  const problem = days === null ? 'not_whole_days' : reminderOffsetsProblem(days);
  return problem ? { reminderDays: problem } : null;
}

/**
 * The length a text field may have, from libs/domain's FIELD_LIMITS: the same numbers the API's
 * DTOs check, so a form never accepts what the API refuses.
 */
export function withinLimit(limit: TextLimit): ValidatorFn {
  return lengthBetween(limit.min ?? 0, limit.max);
}
