import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FIELD_LIMITS, type ChecklistTemplateItemInput, type DueRule } from '@gp/domain';
import { wholeNumber, withinLimit } from '@gp/web/core';

/** How the form offers a due rule: none, N days before the call deadline, or a fixed day. */
export type DueKind = 'none' | DueRule['kind'];
export const DUE_KINDS: readonly DueKind[] = ['none', 'before_deadline', 'fixed'];

/** A checklist item's own fields, the same in a programme's template and in an application. */
export type ChecklistItemFields = ReturnType<typeof checklistItemFields>;

/** The API's field paths that the form names otherwise: the due rule is three flat controls. */
export const CHECKLIST_FIELD_OF: Readonly<Record<string, string>> = {
  due: 'dueKind',
  'due.kind': 'dueKind',
  'due.days': 'dueDays',
  'due.on': 'dueOn',
};

const DEFAULT_DAYS_BEFORE = 14;

/**
 * The fields of a checklist item, filled from one when editing. Only the chosen due rule's own
 * control is enabled, so an unused one never holds the form back.
 */
export function checklistItemFields(item?: {
  title: string;
  guidance: string;
  required: boolean;
  due: DueRule | null;
}) {
  const due = item?.due ?? null;
  const form = new FormGroup({
    title: new FormControl(item?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, withinLimit(FIELD_LIMITS.checklist.title)],
    }),
    guidance: new FormControl(item?.guidance ?? '', {
      nonNullable: true,
      validators: withinLimit(FIELD_LIMITS.checklist.guidance),
    }),
    required: new FormControl(item?.required ?? true, { nonNullable: true }),
    dueKind: new FormControl<DueKind>(due?.kind ?? 'none', { nonNullable: true }),
    dueDays: new FormControl<number | null>(
      due?.kind === 'before_deadline' ? due.days : DEFAULT_DAYS_BEFORE,
      [Validators.required, wholeNumber, Validators.max(365)],
    ),
    dueOn: new FormControl(due?.kind === 'fixed' ? due.on : '', {
      nonNullable: true,
      validators: Validators.required,
    }),
  });
  const follow = (kind: DueKind) => {
    const { dueDays, dueOn } = form.controls;
    if (kind === 'before_deadline') dueDays.enable({ emitEvent: false });
    else dueDays.disable({ emitEvent: false });
    if (kind === 'fixed') dueOn.enable({ emitEvent: false });
    else dueOn.disable({ emitEvent: false });
  };
  follow(form.controls.dueKind.value);
  form.controls.dueKind.valueChanges.subscribe(follow);
  return form;
}

/** The due rule the form describes; null for none. */
export function dueRuleOf(form: ChecklistItemFields): DueRule | null {
  const { dueKind, dueDays, dueOn } = form.getRawValue();
  if (dueKind === 'before_deadline') return { kind: 'before_deadline', days: Number(dueDays) };
  if (dueKind === 'fixed') return { kind: 'fixed', on: dueOn };
  return null;
}

/** What the API takes for the item's own fields, trimmed. Call on a valid form only. */
export function checklistItemInput(
  form: ChecklistItemFields,
): Required<Omit<ChecklistTemplateItemInput, 'isMinutesExtract' | 'ticksOnDocument'>> {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    guidance: value.guidance.trim(),
    required: value.required,
    due: dueRuleOf(form),
  };
}
