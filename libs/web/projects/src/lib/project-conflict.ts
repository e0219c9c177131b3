import {
  MINOR_UNITS_PER_MAJOR,
  type ChangedByOthers,
  type Department,
  type PersonSummary,
  type Programme,
} from '@gp/domain';

/** One field someone else changed, in words: its label's key and both values as text. */
export interface ConflictRow {
  field: string;
  labelKey: string;
  mine: string;
  saved: string;
  changedByBoth: boolean;
}

/** The translation key of each field's label, as the form names it (ProjectFields' paths). */
const LABEL_KEYS: Readonly<Record<string, string>> = {
  title: 'project.title',
  purpose: 'project.purpose',
  departmentId: 'project.department',
  projectLeadId: 'project.lead',
  coordinatorId: 'conflict.coordinator',
  programmeId: 'project.programme',
  callId: 'project.call',
  municipalityRole: 'project.municipalityRole',
  plannedStart: 'project.plannedStart',
  plannedEnd: 'project.plannedEnd',
  interimReportOn: 'project.interimReportOn',
  finalReportOn: 'project.finalReportOn',
  'budget.currency': 'project.currency',
  'budget.totalMinor': 'project.total',
  'budget.requestedGrantMinor': 'project.requestedGrant',
  'budget.ownCashMinor': 'project.ownCash',
  'budget.ownInKindMinor': 'project.ownInKind',
  'budget.grantedMinor': 'project.granted',
  partners: 'project.partners',
  themes: 'project.themes',
  sdgs: 'project.sdgs',
  internationalisationForm: 'project.form',
  isPublic: 'project.isPublic',
  publicSummary: 'project.publicSummary',
  contactName: 'project.contactName',
  contactEmail: 'project.contactEmail',
  links: 'project.links',
  results: 'project.results',
};

/** What a value is shown with: the lists ids are named from, the words, and the locale's numbers. */
export interface ConflictWords {
  departments: readonly Department[];
  programmes: readonly Programme[];
  people: readonly PersonSummary[];
  translate: (key: string, params?: Record<string, unknown>) => string;
  locale: string;
}

/** The fields someone else changed, as a person reads them: names for ids, words for codes. */
export function conflictRows(changes: readonly ChangedByOthers[], words: ConflictWords): ConflictRow[] {
  return changes.map((change) => ({
    field: change.field,
    labelKey: LABEL_KEYS[change.field] ?? change.field,
    mine: valueText(change.field, change.mine, words),
    saved: valueText(change.field, change.saved, words),
    changedByBoth: change.changedByBoth,
  }));
}

function valueText(field: string, value: unknown, words: ConflictWords): string {
  const empty = words.translate('conflict.empty');
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value) && value.length === 0) return empty;
  const named = (list: readonly { id: string; name: string }[]) =>
    list.find((item) => item.id === value)?.name ?? String(value);
  switch (field) {
    case 'departmentId':
      return named(words.departments);
    case 'projectLeadId':
    case 'coordinatorId':
      return named(words.people);
    case 'programmeId':
      return named(words.programmes);
    case 'callId':
      return words.programmes.flatMap((p) => p.calls).find((call) => call.id === value)?.title ?? String(value);
    case 'municipalityRole':
      return words.translate(`project.roles.${value}`);
    case 'internationalisationForm':
      return words.translate(`project.forms.${value}`);
    case 'isPublic':
      return words.translate(value ? 'conflict.yes' : 'conflict.no');
    case 'sdgs':
      return (value as number[]).map((goal) => words.translate('project.sdg', { number: goal })).join(', ');
    case 'themes':
      return (value as string[]).join(', ');
    case 'partners':
      return (value as Array<{ organisation: string; country: string; role: string }>)
        .map((p) => `${p.organisation} (${p.country}, ${words.translate(`project.roles.${p.role}`)})`)
        .join('; ');
    case 'links':
      return (value as Array<{ label: string; url: string }>).map((l) => `${l.label} (${l.url})`).join('; ');
  }
  if (field.startsWith('budget.') && typeof value === 'number')
    return (value / MINOR_UNITS_PER_MAJOR).toLocaleString(words.locale);
  return String(value);
}
