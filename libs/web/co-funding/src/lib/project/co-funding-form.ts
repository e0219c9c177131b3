import { FormArray, FormControl, FormGroup, Validators, type ValidatorFn } from '@angular/forms';
import { FIELD_LIMITS, coFundingYearsProblem, type CoFundingRequest, type CoFundingYear, type Currency, type Language } from '@gp/domain';
import { moneyAmount, readMoneyField, wholeNumber, withinLimit } from '@gp/web/core';
import { formatLocalNumber } from '@gp/web/ui';

export type CoFundingForm = ReturnType<typeof coFundingForm>['form'];
export type BudgetYearGroup = ReturnType<typeof budgetYear>;

/** Where the form starts a new request: the project's budget currency and its first year. */
export interface CoFundingFormStart {
  currency: Currency;
  firstYear: number;
}

/** The API's year fields, which the form takes as typed text: `years.0.cashMinor` is `years.0.cash`. */
export function coFundingFormField(apiField: string): string {
  return apiField.replace(/\.cashMinor$/, '.cash').replace(/\.inKindMinor$/, '.inKind');
}

/** An amount as the form shows it: "250 000" in Swedish, blank for nothing. */
const amountText = (minor: number | undefined, locale: string) =>
  minor ? formatLocalNumber(minor / 100, locale) : '';

function budgetYear(year: Partial<CoFundingYear>, amount: ValidatorFn, locale: string) {
  return new FormGroup({
    year: new FormControl<number | null>(year.year ?? null, [
      Validators.required,
      wholeNumber,
      Validators.min(2000),
      Validators.max(2100),
    ]),
    cash: new FormControl(amountText(year.cashMinor, locale), { nonNullable: true, validators: amount }),
    inKind: new FormControl(amountText(year.inKindMinor, locale), { nonNullable: true, validators: amount }),
  });
}

/**
 * The budget years as the API takes them; null while a year or an amount cannot be read (its
 * field says why).
 */
export function readYears(
  rows: ReadonlyArray<{ year: number | null; cash: string; inKind: string }>,
  currency: Currency,
  language: Language,
): CoFundingYear[] | null {
  const years: CoFundingYear[] = [];
  for (const row of rows) {
    const cash = readMoneyField(row.cash, currency, language);
    const inKind = readMoneyField(row.inKind, currency, language);
    if (row.year === null || !cash.ok || !inKind.ok) return null;
    years.push({ year: Number(row.year), cashMinor: cash.minor, inKindMinor: inKind.minor });
  }
  return years;
}

/**
 * A request for co-funding: the department, the currency, one or more budget years with cash
 * and in-kind amounts typed the Nordic way, and why. The years as a whole follow
 * coFundingYearsProblem, as the API does. Editing keeps department and currency as they are.
 */
export function coFundingForm(
  request: CoFundingRequest | null,
  start: CoFundingFormStart,
  language: () => Language,
  locale: string,
) {
  const currency = new FormControl<Currency>(request?.currency ?? start.currency, {
    nonNullable: true,
    validators: Validators.required,
  });
  const amount = moneyAmount(() => currency.value, language);
  const yearsRule: ValidatorFn = (control) => {
    const years = readYears(
      (control as FormArray<BudgetYearGroup>).getRawValue(),
      currency.value,
      language(),
    );
    const problem = years ? coFundingYearsProblem(years) : null;
    return problem ? { coFundingYears: problem } : null;
  };
  const rows = request?.years.length ? request.years : [{ year: start.firstYear }];
  const form = new FormGroup({
    departmentId: new FormControl(request?.departmentId ?? '', {
      nonNullable: true,
      validators: Validators.required,
    }),
    currency,
    years: new FormArray(
      rows.map((year) => budgetYear(year, amount, locale)),
      yearsRule,
    ),
    justification: new FormControl(request?.justification ?? '', {
      nonNullable: true,
      validators: withinLimit(FIELD_LIMITS.coFunding.justification),
    }),
  });
  // "250 €" reads as wrong in a SEK request, so a currency switch checks the amounts again.
  currency.valueChanges.subscribe(() => {
    for (const row of form.controls.years.controls) {
      row.controls.cash.updateValueAndValidity();
      row.controls.inKind.updateValueAndValidity();
    }
  });
  if (request) {
    form.controls.departmentId.disable();
    currency.disable();
  }
  /** Adds the year after the last one, amounts blank. */
  const addYear = (): void => {
    const last = form.controls.years.controls.at(-1)?.controls.year.value;
    form.controls.years.push(budgetYear({ year: last ? last + 1 : start.firstYear }, amount, locale));
  };
  /** Shows a request as it is now, after someone else changed it first. */
  const fill = (current: CoFundingRequest): void => {
    form.controls.years.clear();
    for (const year of current.years) form.controls.years.push(budgetYear(year, amount, locale));
    form.controls.justification.setValue(current.justification);
  };
  return { form, addYear, fill };
}
