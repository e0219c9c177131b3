import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FIELD_LIMITS, MINOR_UNITS_PER_MAJOR, zonedWallTime, type Call, type CallInput, type Currency, type Programme } from '@gp/domain';
import { percentRate, webLink, wholeNumber, withinLimit } from '@gp/web/core';
import { DEFAULT_FUNDER_TIME_ZONE } from '../shared/time-zones';

export type CallForm = ReturnType<typeof callForm>;

/** The API's field names that the form names otherwise: the grant is typed in whole units. */
export const CALL_FIELD_OF: Readonly<Record<string, string>> = { maxGrantMinor: 'maxGrant' };

interface CallValues {
  title: string;
  opensOn: string;
  deadlineLocal: string;
  deadlineTimeZone: string;
  maxGrant: number | null;
  maxGrantCurrency: Currency;
  coFinancingRatePercent: number | null;
  link: string;
}

/** A call's values as the form shows them: its deadline on the funder's clock, its grant in whole units. */
function valuesOf(call: Call | null, programme: Programme): CallValues {
  if (!call) {
    return {
      title: '',
      opensOn: '',
      deadlineLocal: '',
      deadlineTimeZone: DEFAULT_FUNDER_TIME_ZONE,
      maxGrant: null,
      maxGrantCurrency: 'EUR',
      // Most calls pay the programme's usual rate; the person changes it where one does not.
      coFinancingRatePercent: programme.coFinancingRatePercent,
      link: '',
    };
  }
  return {
    title: call.title,
    opensOn: call.opensOn ?? '',
    deadlineLocal: zonedWallTime(new Date(call.deadline), call.deadlineTimeZone),
    deadlineTimeZone: call.deadlineTimeZone,
    maxGrant: call.maxGrantMinor === null ? null : call.maxGrantMinor / MINOR_UNITS_PER_MAJOR,
    maxGrantCurrency: call.maxGrantCurrency ?? 'EUR',
    coFinancingRatePercent: call.coFinancingRatePercent,
    link: call.link ?? '',
  };
}

/** The call form, filled from a call when editing. */
export function callForm(call: Call | null, programme: Programme) {
  const values = valuesOf(call, programme);
  return new FormGroup({
    title: new FormControl(values.title, {
      nonNullable: true,
      validators: [Validators.required, withinLimit(FIELD_LIMITS.call.title)],
    }),
    opensOn: new FormControl(values.opensOn, { nonNullable: true }),
    deadlineLocal: new FormControl(values.deadlineLocal, {
      nonNullable: true,
      validators: Validators.required,
    }),
    deadlineTimeZone: new FormControl(values.deadlineTimeZone, {
      nonNullable: true,
      validators: Validators.required,
    }),
    maxGrant: new FormControl<number | null>(values.maxGrant, wholeNumber),
    maxGrantCurrency: new FormControl<Currency>(values.maxGrantCurrency, {
      nonNullable: true,
      validators: Validators.required,
    }),
    coFinancingRatePercent: new FormControl<number | null>(values.coFinancingRatePercent, percentRate),
    link: new FormControl(values.link, { nonNullable: true, validators: webLink }),
  });
}

export function resetCallForm(form: CallForm, call: Call, programme: Programme): void {
  form.reset(valuesOf(call, programme));
}

/**
 * What the API takes: the deadline as the funder's wall-clock time plus its zone (the server
 * turns it into the instant), and the grant in minor units. Call on a valid form only.
 */
export function callInput(form: CallForm): CallInput {
  const value = form.getRawValue();
  const grant = value.maxGrant;
  return {
    title: value.title.trim(),
    opensOn: value.opensOn || null,
    // A browser may add seconds (":00") to a datetime-local value; the API wants minutes.
    deadlineLocal: value.deadlineLocal.slice(0, 16),
    deadlineTimeZone: value.deadlineTimeZone,
    maxGrantMinor: grant === null ? null : Math.round(grant * MINOR_UNITS_PER_MAJOR),
    maxGrantCurrency: grant === null ? null : value.maxGrantCurrency,
    coFinancingRatePercent: value.coFinancingRatePercent ?? null,
    link: value.link.trim() || null,
  };
}
