import type { Language } from '../people/language';
import { isStage } from '../pipeline/stage';
import { stageName } from '../pipeline/stage-names';
import { INTERNATIONALISATION_FORMS, type InternationalisationForm } from '../projects/project.contract';
import type { ReportTable } from './report.contract';
import type { ReportCell, ReportTableRows } from './report-tables';
import { internationalisationFormName, sdgName } from './project-table.words';
import type { SpreadsheetCell, SpreadsheetColumnKind } from './spreadsheet-cells';

/**
 * The words and cell kinds of the report's tables as exported (XLSX, CSV): one place for the
 * headers reportTableRows names by key, and for the values that are names (stages, forms, goals).
 */

type HeaderKey =
  | 'submitted'
  | 'granted'
  | 'rejected'
  | 'pending'
  | 'withdrawn'
  | 'successRateByCount'
  | 'successRateByAmount'
  | 'programme'
  | 'department'
  | 'year'
  | 'applications'
  | 'grantedAmount'
  | 'ownCoFunding'
  | 'leverage'
  | 'stage'
  | 'projects'
  | 'value'
  | 'deadlines'
  | 'met'
  | 'missed'
  | 'goal'
  | 'runningProjects'
  | 'form';

const KINDS: Readonly<Record<HeaderKey, SpreadsheetColumnKind>> = {
  submitted: 'number',
  granted: 'number',
  rejected: 'number',
  pending: 'number',
  withdrawn: 'number',
  successRateByCount: 'percent',
  successRateByAmount: 'percent',
  programme: 'text',
  department: 'text',
  year: 'number',
  applications: 'number',
  grantedAmount: 'money',
  ownCoFunding: 'money',
  leverage: 'number',
  stage: 'text',
  projects: 'number',
  value: 'money',
  deadlines: 'text',
  met: 'number',
  missed: 'number',
  goal: 'text',
  runningProjects: 'number',
  form: 'text',
};

const HEADERS: Readonly<Record<Language, Readonly<Record<HeaderKey, string>>>> = {
  sv: {
    submitted: 'Inskickade',
    granted: 'Beviljade',
    rejected: 'Avslagna',
    pending: 'Väntar på beslut',
    withdrawn: 'Tillbakadragna',
    successRateByCount: 'Andel beviljade (antal)',
    successRateByAmount: 'Andel beviljade (belopp)',
    programme: 'Program',
    department: 'Förvaltning',
    year: 'År',
    applications: 'Ansökningar',
    grantedAmount: 'Beviljat belopp',
    ownCoFunding: 'Egen medfinansiering',
    leverage: 'Hävstång (kr per egen krona)',
    stage: 'Steg',
    projects: 'Projekt',
    value: 'Värde',
    deadlines: 'Tidsfrister',
    met: 'Hållna',
    missed: 'Missade',
    goal: 'Agenda 2030-mål',
    runningProjects: 'Pågående projekt',
    form: 'Form av internationalisering',
  },
  nb: {
    submitted: 'Innsendt',
    granted: 'Innvilget',
    rejected: 'Avslått',
    pending: 'Venter på vedtak',
    withdrawn: 'Trukket',
    successRateByCount: 'Andel innvilget (antall)',
    successRateByAmount: 'Andel innvilget (beløp)',
    programme: 'Program',
    department: 'Avdeling',
    year: 'År',
    applications: 'Søknader',
    grantedAmount: 'Innvilget beløp',
    ownCoFunding: 'Egen medfinansiering',
    leverage: 'Giring (kr per egen krone)',
    stage: 'Fase',
    projects: 'Prosjekter',
    value: 'Verdi',
    deadlines: 'Frister',
    met: 'Overholdt',
    missed: 'Oversittet',
    goal: 'Bærekraftsmål',
    runningProjects: 'Pågående prosjekter',
    form: 'Form for internasjonalisering',
  },
  en: {
    submitted: 'Submitted',
    granted: 'Granted',
    rejected: 'Rejected',
    pending: 'Awaiting decision',
    withdrawn: 'Withdrawn',
    successRateByCount: 'Success rate (count)',
    successRateByAmount: 'Success rate (amount)',
    programme: 'Programme',
    department: 'Department',
    year: 'Year',
    applications: 'Applications',
    grantedAmount: 'Granted amount',
    ownCoFunding: 'Own co-funding',
    leverage: 'Leverage (per own krona)',
    stage: 'Stage',
    projects: 'Projects',
    value: 'Value',
    deadlines: 'Deadlines',
    met: 'Met',
    missed: 'Missed',
    goal: 'Agenda 2030 goal',
    runningProjects: 'Running projects',
    form: 'Form of internationalisation',
  },
};

const TITLES: Readonly<Record<Language, Readonly<Record<ReportTable, string>>>> = {
  sv: {
    applications: 'Ansökningar',
    'granted-by-programme': 'Beviljat per program',
    'granted-by-department': 'Beviljat per förvaltning',
    'granted-by-year': 'Beviljat per år',
    pipeline: 'Flödet per steg',
    deadlines: 'Tidsfrister',
    goals: 'Agenda 2030-mål',
    forms: 'Former av internationalisering',
  },
  nb: {
    applications: 'Søknader',
    'granted-by-programme': 'Innvilget per program',
    'granted-by-department': 'Innvilget per avdeling',
    'granted-by-year': 'Innvilget per år',
    pipeline: 'Prosjektflyten per fase',
    deadlines: 'Frister',
    goals: 'Bærekraftsmål',
    forms: 'Former for internasjonalisering',
  },
  en: {
    applications: 'Applications',
    'granted-by-programme': 'Granted by programme',
    'granted-by-department': 'Granted by department',
    'granted-by-year': 'Granted by year',
    pipeline: 'Pipeline by stage',
    deadlines: 'Deadlines',
    goals: 'Agenda 2030 goals',
    forms: 'Forms of internationalisation',
  },
};

const DEADLINE_ROWS: Readonly<Record<Language, Readonly<Record<'call' | 'other', string>>>> = {
  sv: { call: 'Utlysningarnas sista dag', other: 'Övriga tidsfrister' },
  nb: { call: 'Utlysningenes søknadsfrist', other: 'Andre frister' },
  en: { call: 'Call deadlines', other: 'Other deadlines' },
};

const isHeaderKey = (key: string): key is HeaderKey => key in KINDS;

/** A report table's name, as its sheet and title say it. */
export function reportTableTitle(table: ReportTable, language: Language): string {
  return TITLES[language][table];
}

/** The header of one of reportTableRows' columns, by its key. */
export function reportTableHeader(key: string, language: Language): string {
  return isHeaderKey(key) ? HEADERS[language][key] : key;
}

/**
 * A report table as spreadsheet columns and cells: counts as numbers, rates as percent, money in
 * the reporting currency, and stages, forms, goals and deadline kinds by name.
 */
export function reportTableCells(
  table: ReportTableRows,
  language: Language,
): { columns: Array<{ header: string; kind: SpreadsheetColumnKind }>; rows: SpreadsheetCell[][] } {
  const kinds = table.headers.map((key) => (isHeaderKey(key) ? KINDS[key] : 'text'));
  const name = (key: string, value: ReportCell): string => {
    const text = String(value ?? '');
    if (key === 'stage' && isStage(text)) return stageName(text, language);
    if (key === 'form' && (INTERNATIONALISATION_FORMS as readonly string[]).includes(text))
      return internationalisationFormName(text as InternationalisationForm, language);
    if (key === 'goal' && typeof value === 'number') return sdgName(value, language);
    if (key === 'deadlines' && (text === 'call' || text === 'other')) return DEADLINE_ROWS[language][text];
    return text;
  };
  return {
    columns: table.headers.map((key, i) => ({ header: reportTableHeader(key, language), kind: kinds[i] })),
    rows: table.rows.map((row) =>
      row.map((value, i): SpreadsheetCell => {
        if (value === null) return null;
        const key = table.headers[i];
        switch (kinds[i]) {
          case 'money':
            return { kind: 'money', minor: Math.round(Number(value) * 100), currency: table.currency };
          case 'percent':
            return { kind: 'percent', value: Math.round(Number(value) * 1000) / 10 };
          case 'number':
            return { kind: 'number', value: Number(value) };
          default:
            return { kind: 'text', value: name(key, value) };
        }
      }),
    ),
  };
}

/** The lines above an exported report table: its period, filters, rates and who made it. */
export interface ReportExportWords {
  /** The file name's first part (ASCII). */
  fileStem: string;
  period: (from: string, to: string) => string;
  filter: string;
  filters: Readonly<Record<'programme' | 'department' | 'projectLead', string>>;
  amountsIn: (currency: string) => string;
  rates: string;
  demo: string;
  noRates: string;
  missing: string;
  exported: (who: string, when: string) => string;
}

const EXPORT_WORDS: Readonly<Record<Language, ReportExportWords>> = {
  sv: {
    fileStem: 'rapport',
    period: (from, to) => `Period: ${from} – ${to}`,
    filter: 'Filter',
    filters: { programme: 'Program', department: 'Förvaltning', projectLead: 'Projektledare' },
    amountsIn: (currency) => `Belopp i ${currency}`,
    rates: 'Månadskurser',
    demo: 'demo',
    noRates: 'inga behövdes',
    missing: 'Utan kurs, ej summerat',
    exported: (who, when) => `Exporterad av ${who}, ${when}`,
  },
  nb: {
    fileStem: 'rapport',
    period: (from, to) => `Periode: ${from} – ${to}`,
    filter: 'Filter',
    filters: { programme: 'Program', department: 'Avdeling', projectLead: 'Prosjektleder' },
    amountsIn: (currency) => `Beløp i ${currency}`,
    rates: 'Månedskurser',
    demo: 'demo',
    noRates: 'ingen trengtes',
    missing: 'Uten kurs, ikke summert',
    exported: (who, when) => `Eksportert av ${who}, ${when}`,
  },
  en: {
    fileStem: 'report',
    period: (from, to) => `Period: ${from} – ${to}`,
    filter: 'Filter',
    filters: { programme: 'Programme', department: 'Department', projectLead: 'Project lead' },
    amountsIn: (currency) => `Amounts in ${currency}`,
    rates: 'Monthly rates',
    demo: 'demo',
    noRates: 'none needed',
    missing: 'No rate, not summed',
    exported: (who, when) => `Exported by ${who}, ${when}`,
  },
};

export function reportExportWords(language: Language): ReportExportWords {
  return EXPORT_WORDS[language];
}
