import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { AbstractControl } from '@angular/forms';
import {
  budgetProblems,
  FIELD_LIMITS,
  MINOR_UNITS_PER_MAJOR,
  PROJECT_DATE_FIELDS,
  type Currency,
  type InternationalisationForm,
  type MunicipalityRole,
  type Partner,
  type Project,
  type ProjectFields,
  type ProjectLink,
} from '@gp/domain';
import { checkFieldsTogether, formDateProblems, withinLimit } from '@gp/web/core';

export type ProjectForm = ReturnType<typeof projectForm>;

const AMOUNTS = ['total', 'requestedGrant', 'ownCash', 'ownInKind', 'granted'] as const;
type AmountField = (typeof AMOUNTS)[number];

/** The API's budget field for each amount the form takes in whole units. */
export const MINOR_FIELD: Readonly<Record<AmountField, keyof Project['budget']>> = {
  total: 'totalMinor',
  requestedGrant: 'requestedGrantMinor',
  ownCash: 'ownCashMinor',
  ownInKind: 'ownInKindMinor',
  granted: 'grantedMinor',
};

/** The API's field paths renamed to the form's (`budget.totalMinor` is typed as `budget.total`). */
export const FORM_FIELD_OF: Readonly<Record<string, string>> = Object.fromEntries(
  AMOUNTS.map((field) => [`budget.${MINOR_FIELD[field]}`, `budget.${field}`]),
);

const toMajor = (minor: number | null) => (minor === null ? null : minor / MINOR_UNITS_PER_MAJOR);
const toMinor = (major: number | null | undefined) =>
  major === null || major === undefined || Number.isNaN(major)
    ? null
    : Math.round(major * MINOR_UNITS_PER_MAJOR);

export function partnerGroup(partner?: Partner) {
  return new FormGroup({
    organisation: new FormControl(partner?.organisation ?? '', {
      nonNullable: true,
      validators: Validators.required,
    }),
    country: new FormControl(partner?.country ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^[A-Za-z]{2}$/)],
    }),
    role: new FormControl<MunicipalityRole>(partner?.role ?? 'partner', { nonNullable: true }),
  });
}

export function linkGroup(link?: ProjectLink) {
  return new FormGroup({
    label: new FormControl(link?.label ?? '', { nonNullable: true, validators: Validators.required }),
    url: new FormControl(link?.url ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^https?:\/\/\S+$/)],
    }),
  });
}

const amount = () => new FormControl<number | null>(null, Validators.min(0));

/** The form's amount field for each of the API's budget fields. */
const AMOUNT_OF = Object.fromEntries(AMOUNTS.map((field) => [MINOR_FIELD[field], field])) as Readonly<
  Record<string, AmountField>
>;

/**
 * libs/domain's budget rule over the typed whole amounts. Not rounded into minor units first, as
 * sending does: 1.001 is not a whole amount either, and rounding would hide it.
 */
function amountProblems(budget: AbstractControl) {
  // Read one by one: the group's value leaves out a read-only (disabled) granted amount.
  const minor = (field: AmountField) => {
    const major = budget.get(field)?.value as number | null | undefined;
    return major === null || major === undefined || Number.isNaN(major)
      ? null
      : major * MINOR_UNITS_PER_MAJOR;
  };
  return budgetProblems({
    totalMinor: minor('total'),
    requestedGrantMinor: minor('requestedGrant'),
    ownCashMinor: minor('ownCash'),
    ownInKindMinor: minor('ownInKind'),
    grantedMinor: minor('granted'),
  }).map((problem) => ({ field: AMOUNT_OF[problem.field], code: problem.code }));
}

export function projectForm() {
  const form = projectFormGroup();
  // The same rules the API refuses a save by, on the field they name, before anything is sent.
  // The form lives as long as the page; so do these.
  checkFieldsTogether(form, PROJECT_DATE_FIELDS, formDateProblems);
  checkFieldsTogether(form.controls.budget, AMOUNTS, amountProblems);
  return form;
}

function projectFormGroup() {
  return new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, withinLimit(FIELD_LIMITS.project.title)],
    }),
    purpose: new FormControl('', { nonNullable: true }),
    departmentId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    projectLeadId: new FormControl<string | null>(null),
    programmeId: new FormControl<string | null>(null),
    callId: new FormControl<string | null>(null),
    municipalityRole: new FormControl<MunicipalityRole | null>(null),
    plannedStart: new FormControl('', { nonNullable: true }),
    plannedEnd: new FormControl('', { nonNullable: true }),
    interimReportOn: new FormControl('', { nonNullable: true }),
    finalReportOn: new FormControl('', { nonNullable: true }),
    budget: new FormGroup({
      currency: new FormControl<Currency>('SEK', { nonNullable: true }),
      total: amount(),
      requestedGrant: amount(),
      ownCash: amount(),
      ownInKind: amount(),
      granted: amount(),
    }),
    partners: new FormArray<ReturnType<typeof partnerGroup>>([]),
    themes: new FormControl<string[]>([], { nonNullable: true }),
    sdgs: new FormControl<number[]>([], { nonNullable: true }),
    internationalisationForm: new FormControl<InternationalisationForm | null>(null),
    isPublic: new FormControl(false, { nonNullable: true }),
    publicSummary: new FormControl('', { nonNullable: true }),
    contactName: new FormControl('', { nonNullable: true }),
    contactEmail: new FormControl('', { nonNullable: true, validators: Validators.email }),
    links: new FormArray<ReturnType<typeof linkGroup>>([]),
    results: new FormControl('', { nonNullable: true }),
  });
}

/** Puts a project's values in the form: amounts in whole units, one row per partner and link. */
export function fillProjectForm(form: ProjectForm, project: Project): void {
  form.controls.partners.clear({ emitEvent: false });
  for (const partner of project.partners)
    form.controls.partners.push(partnerGroup(partner), { emitEvent: false });
  form.controls.links.clear({ emitEvent: false });
  for (const link of project.links) form.controls.links.push(linkGroup(link), { emitEvent: false });
  const budget = project.budget;
  form.reset({
    title: project.title,
    purpose: project.purpose,
    departmentId: project.departmentId,
    projectLeadId: project.projectLeadId,
    programmeId: project.programmeId,
    callId: project.callId,
    municipalityRole: project.municipalityRole,
    plannedStart: project.plannedStart ?? '',
    plannedEnd: project.plannedEnd ?? '',
    interimReportOn: project.interimReportOn ?? '',
    finalReportOn: project.finalReportOn ?? '',
    budget: {
      currency: budget.currency,
      total: toMajor(budget.totalMinor),
      requestedGrant: toMajor(budget.requestedGrantMinor),
      ownCash: toMajor(budget.ownCashMinor),
      ownInKind: toMajor(budget.ownInKindMinor),
      granted: toMajor(budget.grantedMinor),
    },
    partners: project.partners,
    themes: [...project.themes],
    sdgs: [...project.sdgs],
    internationalisationForm: project.internationalisationForm,
    isPublic: project.isPublic,
    publicSummary: project.publicSummary,
    contactName: project.contactName,
    contactEmail: project.contactEmail,
    links: project.links,
    results: project.results,
  });
}

/** What the API takes: amounts in minor units, trimmed texts, upper-case country codes. */
export function projectFields(form: ProjectForm, project: Project): ProjectFields {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    purpose: value.purpose.trim(),
    departmentId: value.departmentId,
    projectLeadId: value.projectLeadId || null,
    coordinatorId: project.coordinatorId,
    programmeId: value.programmeId || null,
    callId: value.programmeId ? value.callId || null : null,
    municipalityRole: value.municipalityRole,
    plannedStart: value.plannedStart || null,
    plannedEnd: value.plannedEnd || null,
    interimReportOn: value.interimReportOn || null,
    finalReportOn: value.finalReportOn || null,
    budget: {
      currency: value.budget.currency,
      totalMinor: toMinor(value.budget.total),
      requestedGrantMinor: toMinor(value.budget.requestedGrant),
      ownCashMinor: toMinor(value.budget.ownCash),
      ownInKindMinor: toMinor(value.budget.ownInKind),
      grantedMinor: toMinor(value.budget.granted),
    },
    partners: value.partners.map((p) => ({
      organisation: p.organisation.trim(),
      country: p.country.trim().toUpperCase(),
      role: p.role,
    })),
    themes: value.themes,
    sdgs: [...value.sdgs].sort((a, b) => a - b),
    internationalisationForm: value.internationalisationForm,
    isPublic: value.isPublic,
    publicSummary: value.publicSummary.trim(),
    contactName: value.contactName.trim(),
    contactEmail: value.contactEmail.trim(),
    links: value.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
    results: value.results.trim(),
  };
}

/**
 * A project's fields exactly as the form would send them untouched (trimmed, amounts rounded,
 * goals sorted): what a person's edit is compared with when someone else saved first.
 */
export function savedFields(project: Project): ProjectFields {
  const form = projectForm();
  fillProjectForm(form, project);
  return projectFields(form, project);
}
