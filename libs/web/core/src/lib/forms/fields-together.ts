import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { projectDateProblems, type ProjectDateProblem } from '@gp/domain';

/** A libs/domain rule's verdict: the field that is wrong and its error code. */
export interface FieldProblem {
  field: string;
  code: string;
}

/**
 * Checks fields against each other by a libs/domain rule that names the wrong field (the same
 * rule the API applies): each named control gets the rule's code as its `fieldProblem` error,
 * shown under it by gpFieldError in the API's words. The rule reads the group, so a change to any
 * of the fields re-checks the others: a corrected start clears the end's error. Returns a function
 * that stops following the fields.
 */
export function checkFieldsTogether(
  group: AbstractControl,
  fields: readonly string[],
  problemsOf: (group: AbstractControl) => readonly FieldProblem[],
): () => void {
  const controls = fields.map((field) => {
    const control = group.get(field);
    if (!control) throw new Error(`No field ${field} to check`);
    return { field, control };
  });
  for (const { field, control } of controls)
    control.addValidators((): ValidationErrors | null => {
      const problem = problemsOf(group).find((p) => p.field === field);
      return problem ? { fieldProblem: problem.code } : null;
    });
  // Re-checking a field emits its valueChanges too: those are this handler's own, not the person's.
  let checking = false;
  const subscriptions = controls.map(({ control }) =>
    control.valueChanges.subscribe(() => {
      if (checking) return;
      checking = true;
      try {
        for (const other of controls) if (other.control !== control) other.control.updateValueAndValidity();
      } finally {
        checking = false;
      }
    }),
  );
  for (const { control } of controls) control.updateValueAndValidity({ emitEvent: false });
  return () => subscriptions.forEach((s) => s.unsubscribe());
}

/**
 * libs/domain's date rule over a form's project dates (controls named as the fields), a blank one
 * read as not known yet: the project form and the move dialog judge dates as the API does.
 */
export function formDateProblems(form: AbstractControl): ProjectDateProblem[] {
  const date = (field: string) => (form.get(field)?.value as string | null) || null;
  return projectDateProblems({
    plannedStart: date('plannedStart'),
    plannedEnd: date('plannedEnd'),
    interimReportOn: date('interimReportOn'),
    finalReportOn: date('finalReportOn'),
  });
}
