import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  DEFAULT_BOARD_AFTER_YEARS,
  FIELD_LIMITS,
  type Currency,
  type DelegationLimit,
  type DelegationLimitInput,
  type Language,
} from '@gp/domain';
import { moneyAmount, readMoneyField, wholeNumber } from '@gp/web/core';
import { formatLocalNumber } from '@gp/web/ui';

export type DelegationForm = ReturnType<typeof delegationForm>;

/** The head's limit as the field shows it: "100 000" in Swedish; blank for nothing delegated. */
const limitText = (minor: number | null, locale: string) =>
  minor === null ? '' : formatLocalNumber(minor / 100, locale);

/**
 * A department's delegation: the head's limit typed the Nordic way (blank: nothing delegated), its
 * currency, and the budget years over which the municipal board decides.
 */
export function delegationForm(
  limit: DelegationLimit,
  fallbackCurrency: Currency,
  language: () => Language,
  locale: string,
) {
  const currency = new FormControl<Currency>(limit.currency ?? fallbackCurrency, {
    nonNullable: true,
    validators: Validators.required,
  });
  const form = new FormGroup({
    headLimit: new FormControl(limitText(limit.headLimitMinor, locale), {
      nonNullable: true,
      validators: moneyAmount(() => currency.value, language),
    }),
    currency,
    boardAfterYears: new FormControl<number | null>(limit.boardAfterYears ?? DEFAULT_BOARD_AFTER_YEARS, [
      Validators.required,
      wholeNumber,
      Validators.min(1),
      Validators.max(FIELD_LIMITS.coFunding.maxYears),
    ]),
  });
  // "100 000 €" reads as wrong in a SEK limit, so a currency switch checks the amount again.
  currency.valueChanges.subscribe(() => form.controls.headLimit.updateValueAndValidity());
  return form;
}

/** What the API takes; blank is no delegation. Call on a valid form only. */
export function delegationInput(
  form: DelegationForm,
  language: Language,
): Omit<DelegationLimitInput, 'version'> {
  const value = form.getRawValue();
  const read = readMoneyField(value.headLimit, value.currency, language);
  const delegated = value.headLimit.trim() !== '' && read.ok;
  return {
    headLimitMinor: delegated ? read.minor : null,
    currency: delegated ? value.currency : null,
    boardAfterYears: Number(value.boardAfterYears),
  };
}

/** The API's field names in the form: the limit is typed as text. */
export function delegationFormField(apiField: string): string {
  return apiField === 'headLimitMinor' ? 'headLimit' : apiField;
}

/** Puts a department's current delegation back in the form, e.g. after someone else saved first. */
export function resetDelegationForm(form: DelegationForm, limit: DelegationLimit, locale: string): void {
  form.reset({
    headLimit: limitText(limit.headLimitMinor, locale),
    currency: limit.currency ?? form.controls.currency.value,
    boardAfterYears: limit.boardAfterYears,
  });
}
