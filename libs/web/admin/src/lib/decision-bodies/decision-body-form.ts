import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FIELD_LIMITS, type DecisionBody, type DecisionBodyInput, type DecisionBodyKind } from '@gp/domain';
import { wholeNumber, withinLimit } from '@gp/web/core';

export type DecisionBodyForm = ReturnType<typeof decisionBodyForm>;

/** Where a new body starts: reports three weeks ahead, minutes approved within a week. */
const NEW_BODY = { reportDaysBefore: 21, minutesWorkingDays: 5 };

/**
 * A decision body's fields, filled from one when editing. The department is asked only of a
 * committee (enabled only then), as the API has it.
 */
export function decisionBodyForm(body: DecisionBody | null) {
  const form = new FormGroup({
    kind: new FormControl<DecisionBodyKind | null>(body?.kind ?? null, Validators.required),
    departmentId: new FormControl<string | null>(body?.departmentId ?? null, Validators.required),
    name: new FormControl(body?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, withinLimit(FIELD_LIMITS.coFunding.bodyName)],
    }),
    reportDaysBefore: new FormControl<number | null>(body?.reportDaysBefore ?? NEW_BODY.reportDaysBefore, [
      Validators.required,
      wholeNumber,
      Validators.max(120),
    ]),
    minutesWorkingDays: new FormControl<number | null>(
      body?.minutesWorkingDays ?? NEW_BODY.minutesWorkingDays,
      [Validators.required, wholeNumber, Validators.max(30)],
    ),
    meetings: new FormControl<string[]>(body?.meetings ?? [], { nonNullable: true }),
  });
  const follow = (kind: DecisionBodyKind | null) => {
    const department = form.controls.departmentId;
    if (kind === 'committee') department.enable({ emitEvent: false });
    else department.disable({ emitEvent: false });
  };
  follow(form.controls.kind.value);
  form.controls.kind.valueChanges.subscribe(follow);
  return form;
}

/** What the API takes: a trimmed name, a department for a committee only. Call on a valid form only. */
export function decisionBodyInput(form: DecisionBodyForm): DecisionBodyInput {
  const value = form.getRawValue();
  const kind = value.kind as DecisionBodyKind;
  return {
    kind,
    name: value.name.trim(),
    departmentId: kind === 'committee' ? value.departmentId : null,
    reportDaysBefore: Number(value.reportDaysBefore),
    minutesWorkingDays: Number(value.minutesWorkingDays),
    meetings: value.meetings,
  };
}

/** Puts a body's current fields back in the form, e.g. after someone else saved first. */
export function resetDecisionBodyForm(form: DecisionBodyForm, body: DecisionBody): void {
  form.reset({
    kind: body.kind,
    departmentId: body.departmentId,
    name: body.name,
    reportDaysBefore: body.reportDaysBefore,
    minutesWorkingDays: body.minutesWorkingDays,
    meetings: body.meetings,
  });
}
