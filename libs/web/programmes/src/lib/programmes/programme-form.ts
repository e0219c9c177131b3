import { FormControl, FormGroup, Validators } from '@angular/forms';
import { DEFAULT_EXTRACT_WORKING_DAYS, FIELD_LIMITS, type Programme, type ProgrammeInput, type ProgrammeKind } from '@gp/domain';
import { percentRate, webLink, wholeNumber, withinLimit } from '@gp/web/core';

/** The API's limits on a programme. */
export const DESCRIPTION_MAX_LENGTH = FIELD_LIMITS.programme.description.max;

/** The most working days an application may need the extract of the minutes before its deadline. */
export const EXTRACT_WORKING_DAYS_MAX = 60;

export type ProgrammeForm = ReturnType<typeof programmeForm>;

/** The programme form, filled from a programme when editing. */
export function programmeForm(programme: Programme | null) {
  return new FormGroup({
    name: new FormControl(programme?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, withinLimit(FIELD_LIMITS.programme.name)],
    }),
    funder: new FormControl(programme?.funder ?? '', {
      nonNullable: true,
      validators: [Validators.required, withinLimit(FIELD_LIMITS.programme.funder)],
    }),
    kind: new FormControl<ProgrammeKind | null>(programme?.kind ?? null, Validators.required),
    coFinancingRatePercent: new FormControl<number | null>(
      programme?.coFinancingRatePercent ?? null,
      percentRate,
    ),
    link: new FormControl(programme?.link ?? '', { nonNullable: true, validators: webLink }),
    descriptionSv: new FormControl(programme?.descriptionSv ?? '', { nonNullable: true }),
    descriptionEn: new FormControl(programme?.descriptionEn ?? '', { nonNullable: true }),
    extractWorkingDays: new FormControl<number | null>(
      programme?.extractWorkingDays ?? DEFAULT_EXTRACT_WORKING_DAYS,
      [Validators.required, wholeNumber, Validators.max(EXTRACT_WORKING_DAYS_MAX)],
    ),
  });
}

/** What the API takes: trimmed texts, null for an empty rate or link. Call on a valid form only. */
export function programmeInput(form: ProgrammeForm): ProgrammeInput {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    funder: value.funder.trim(),
    kind: value.kind as ProgrammeKind,
    coFinancingRatePercent: value.coFinancingRatePercent ?? null,
    link: value.link.trim() || null,
    descriptionSv: value.descriptionSv.trim(),
    descriptionEn: value.descriptionEn.trim(),
    extractWorkingDays: Number(value.extractWorkingDays),
  };
}

/** Puts a programme's current values back in the form, e.g. after someone else saved first. */
export function resetProgrammeForm(form: ProgrammeForm, programme: Programme): void {
  form.reset({
    name: programme.name,
    funder: programme.funder,
    kind: programme.kind,
    coFinancingRatePercent: programme.coFinancingRatePercent,
    link: programme.link ?? '',
    descriptionSv: programme.descriptionSv,
    descriptionEn: programme.descriptionEn,
    extractWorkingDays: programme.extractWorkingDays,
  });
}
