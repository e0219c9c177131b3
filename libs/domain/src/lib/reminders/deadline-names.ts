import type { Language } from '../people/language';
import type { DeadlineKind } from './deadline.contract';

const NAMES: Record<Language, Record<DeadlineKind, string>> = {
  sv: {
    call: 'Utlysningen stänger',
    checklist_item: 'Punkt i checklistan',
    co_funding: 'Beslut om medfinansiering',
    co_funding_report: 'Tjänsteskrivelse om medfinansiering',
    co_funding_meeting: 'Sammanträde om medfinansiering',
    interim_report: 'Delrapport',
    final_report: 'Slutrapport',
    project_end: 'Projektet slutar',
  },
  nb: {
    call: 'Utlysningen stenger',
    checklist_item: 'Punkt i sjekklisten',
    co_funding: 'Vedtak om medfinansiering',
    co_funding_report: 'Saksframlegg om medfinansiering',
    co_funding_meeting: 'Møte om medfinansiering',
    interim_report: 'Delrapport',
    final_report: 'Sluttrapport',
    project_end: 'Prosjektet avsluttes',
  },
  en: {
    call: 'The call closes',
    checklist_item: 'Checklist item',
    co_funding: 'Co-funding decision',
    co_funding_report: "Officer's report on co-funding",
    co_funding_meeting: 'Meeting on co-funding',
    interim_report: 'Interim report',
    final_report: 'Final report',
    project_end: 'The project ends',
  },
};

/** What a kind of deadline is called, for emails and calendar entries. */
export function deadlineKindName(kind: DeadlineKind, language: Language): string {
  return NAMES[language][kind];
}
