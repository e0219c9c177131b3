import type { Language } from '../people/language';
import type { Outcome } from './outcome';
import type { Stage } from './stage';

const STAGE_NAMES: Readonly<Record<Language, Readonly<Record<Stage, string>>>> = {
  sv: { idea: 'Idé', application: 'Ansökan', decision: 'Beslut', running: 'Pågår', closed: 'Avslutad' },
  nb: { idea: 'Idé', application: 'Søknad', decision: 'Vedtak', running: 'Pågår', closed: 'Avsluttet' },
  en: {
    idea: 'Idea',
    application: 'Application',
    decision: 'Decision',
    running: 'Running',
    closed: 'Closed',
  },
};

const OUTCOME_NAMES: Readonly<Record<Language, Readonly<Record<Outcome, string>>>> = {
  sv: {
    granted: 'Beviljad',
    rejected: 'Avslagen',
    completed: 'Genomförd',
    ended_early: 'Avslutad i förtid',
    withdrawn: 'Återkallad',
  },
  nb: {
    granted: 'Innvilget',
    rejected: 'Avslått',
    completed: 'Gjennomført',
    ended_early: 'Avsluttet før tiden',
    withdrawn: 'Trukket',
  },
  en: {
    granted: 'Granted',
    rejected: 'Rejected',
    completed: 'Completed',
    ended_early: 'Ended early',
    withdrawn: 'Withdrawn',
  },
};

/**
 * A stage as coordinators name the board's column. Here rather than in the
 * web app's translations because the API's refusal texts name stages too.
 */
export function stageName(stage: Stage, language: Language): string {
  return STAGE_NAMES[language][stage];
}

/** An outcome as the project page and the refusal texts name it. */
export function outcomeName(outcome: Outcome, language: Language): string {
  return OUTCOME_NAMES[language][outcome];
}
