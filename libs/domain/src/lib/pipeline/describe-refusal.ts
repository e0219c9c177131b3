import type { Language } from '../people/language';
import type { MoveRefusal, MoveRefusalCode } from './move-refusal';
import { isOutcome } from './outcome';
import { isStage } from './stage';
import { outcomeName, stageName } from './stage-names';

type Params = Record<string, string | number>;

/** Quotation marks as each language sets them: ”…” in Swedish, «…» in Norwegian, “…” in English. */
const QUOTES: Readonly<Record<Language, [string, string]>> = {
  sv: ['”', '”'],
  nb: ['«', '»'],
  en: ['“', '”'],
};

/** Reads stage and outcome params as names in the language; anything else as it came. */
function words(params: Params | undefined, language: Language) {
  const value = (key: string): string => String(params?.[key] ?? '');
  const [open, close] = QUOTES[language];
  return {
    value,
    stage: (key: string): string => {
      const code = value(key);
      return isStage(code) ? stageName(code, language) : code;
    },
    outcome: (key: string): string => {
      const code = value(key);
      return `${open}${isOutcome(code) ? outcomeName(code, language) : code}${close}`;
    },
  };
}

type RefusalWords = ReturnType<typeof words>;

type Texts = Readonly<Record<MoveRefusalCode, (w: RefusalWords) => string>>;

/**
 * One sentence per refusal code and language. Typed as a full record, so a
 * code added to MOVE_REFUSAL_CODES without its texts does not compile.
 * co_funding_not_approved names no decider: above the head's delegation a committee or the
 * municipal board decides, and a rejected request is decided, just not approved.
 */
const REFUSAL_TEXTS: Readonly<Record<Language, Texts>> = {
  sv: {
    already_in_stage: (w) => `Projektet är redan i steget ${w.stage('stage')}.`,
    closed_is_final: () =>
      'Ett avslutat projekt kan inte flyttas. Kopiera det till nästa utlysning för att söka igen, eller låt en samordnare återöppna det från projektsidan.',
    move_not_allowed: (w) => `Ett projekt kan inte flyttas från ${w.stage('from')} till ${w.stage('to')}.`,
    programme_missing: () => 'Inget finansieringsprogram är valt för projektet.',
    call_missing: () => 'Ingen utlysning är vald för ansökan.',
    call_deadline_missing: () => 'Ansökan saknar deadline för utlysningen.',
    checklist_incomplete: (w) =>
      `${w.value('done')} av ${w.value('required')} obligatoriska punkter i checklistan är klara.`,
    co_funding_not_approved: () => 'Medfinansieringen är inte godkänd.',
    outcome_not_granted: () => 'Beslutet är inte registrerat som beviljat.',
    granted_amount_missing: () => 'Beviljat belopp saknas.',
    outcome_missing: () => 'Ange utfall för att avsluta projektet.',
    outcome_not_allowed: (w) =>
      `Från steget ${w.stage('from')} kan projektet inte avslutas med utfallet ${w.outcome('outcome')}.`,
    outcome_contradicts_decision: (w) =>
      `Beslutet är registrerat som ${w.outcome('recorded')}, så projektet kan inte avslutas som ${w.outcome('outcome')}.`,
    outcome_already_recorded: (w) =>
      `Utfallet ${w.outcome('outcome')} är redan registrerat. Ta bort det innan ansökan flyttas tillbaka.`,
    period_reversed: (w) =>
      `Projektets slutdatum (${w.value('end')}) ligger före startdatumet (${w.value('start')}).`,
  },
  nb: {
    already_in_stage: (w) => `Prosjektet er allerede i fasen ${w.stage('stage')}.`,
    closed_is_final: () =>
      'Et avsluttet prosjekt kan ikke flyttes. Kopier det til neste utlysning for å søke på nytt, eller la en koordinator gjenåpne det fra prosjektsiden.',
    move_not_allowed: (w) => `Et prosjekt kan ikke flyttes fra ${w.stage('from')} til ${w.stage('to')}.`,
    programme_missing: () => 'Det er ikke valgt noe finansieringsprogram for prosjektet.',
    call_missing: () => 'Det er ikke valgt noen utlysning for søknaden.',
    call_deadline_missing: () => 'Søknaden mangler frist for utlysningen.',
    checklist_incomplete: (w) =>
      `${w.value('done')} av ${w.value('required')} obligatoriske punkter i sjekklisten er utført.`,
    co_funding_not_approved: () => 'Medfinansieringen er ikke godkjent.',
    outcome_not_granted: () => 'Vedtaket er ikke registrert som innvilget.',
    granted_amount_missing: () => 'Innvilget beløp mangler.',
    outcome_missing: () => 'Angi utfall for å avslutte prosjektet.',
    outcome_not_allowed: (w) =>
      `Fra fasen ${w.stage('from')} kan prosjektet ikke avsluttes med utfallet ${w.outcome('outcome')}.`,
    outcome_contradicts_decision: (w) =>
      `Vedtaket er registrert som ${w.outcome('recorded')}, så prosjektet kan ikke avsluttes som ${w.outcome('outcome')}.`,
    outcome_already_recorded: (w) =>
      `Utfallet ${w.outcome('outcome')} er allerede registrert. Fjern det før søknaden flyttes tilbake.`,
    period_reversed: (w) =>
      `Prosjektets sluttdato (${w.value('end')}) er før startdatoen (${w.value('start')}).`,
  },
  en: {
    already_in_stage: (w) => `The project is already in ${w.stage('stage')}.`,
    closed_is_final: () => 'A closed project cannot be moved. Copy it to the next call to apply again, or have a coordinator reopen it from its page.',
    move_not_allowed: (w) => `A project cannot move from ${w.stage('from')} to ${w.stage('to')}.`,
    programme_missing: () => 'No funding programme has been chosen for the project.',
    call_missing: () => 'No call has been chosen for the application.',
    call_deadline_missing: () => 'The application has no call deadline.',
    checklist_incomplete: (w) =>
      `${w.value('done')} of ${w.value('required')} required checklist items are done.`,
    co_funding_not_approved: () => 'The co-funding has not been approved.',
    outcome_not_granted: () => 'The decision has not been recorded as granted.',
    granted_amount_missing: () => 'The granted amount is missing.',
    outcome_missing: () => 'Choose an outcome to close the project.',
    outcome_not_allowed: (w) =>
      `From ${w.stage('from')} the project cannot close with the outcome ${w.outcome('outcome')}.`,
    outcome_contradicts_decision: (w) =>
      `The decision is recorded as ${w.outcome('recorded')}, so the project cannot close as ${w.outcome('outcome')}.`,
    outcome_already_recorded: (w) =>
      `The outcome ${w.outcome('outcome')} is already recorded. Remove it before moving the application back.`,
    period_reversed: (w) =>
      `The project's end date (${w.value('end')}) is before its start date (${w.value('start')}).`,
  },
};

/** Said when a code is unknown, e.g. from an API newer than the web app. */
const UNKNOWN_REFUSAL: Readonly<Record<Language, string>> = {
  sv: 'Projektet kan inte flyttas dit.',
  nb: 'Prosjektet kan ikke flyttes dit.',
  en: 'The project cannot be moved there.',
};

/**
 * Why a move is refused, as one sentence in the user's language: the API puts
 * it in its 422 answer and the web app shows it before the drop.
 * Accepts any code, since refusals also arrive as JSON.
 */
export function describeRefusal(
  refusal: MoveRefusal | { code: string; params?: Params },
  language: Language,
): string {
  const texts: Partial<Record<string, (w: RefusalWords) => string>> = REFUSAL_TEXTS[language];
  const text = Object.prototype.hasOwnProperty.call(texts, refusal.code) ? texts[refusal.code] : undefined;
  return text ? text(words(refusal.params, language)) : UNKNOWN_REFUSAL[language];
}
