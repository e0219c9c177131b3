import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { parseMoneyInput, type Currency, type Language, type MoneyInputError } from '@gp/domain';

/** What an amount field holds, in minor units: blank is nothing asked (0), anything else as typed. */
export type MoneyFieldResult = { ok: true; minor: number } | { ok: false; error: MoneyInputError };

/**
 * Reads an amount field as people write it ("1 250 000", "250 000 kr", "1250,50"). Blank reads
 * as 0, because a budget year often asks for cash only, or in kind only.
 */
export function readMoneyField(text: string, currency: Currency, language: Language): MoneyFieldResult {
  if (text.trim() === '') return { ok: true, minor: 0 };
  const result = parseMoneyInput(text, currency, language);
  return result.ok ? { ok: true, minor: result.money.amountMinor } : { ok: false, error: result.error };
}

/**
 * An amount typed the Nordic way, in the currency and language of the moment (both read when the
 * control validates, so a currency switch re-checks). The error names parseMoneyInput's reason.
 */
export function moneyAmount(currency: () => Currency, language: () => Language): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const text = typeof control.value === 'string' ? control.value : '';
    const result = readMoneyField(text, currency(), language());
    return result.ok ? null : { money: result.error };
  };
}
