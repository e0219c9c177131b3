import type { Language } from '../people/language';
import { zonedWallTime } from '../time/zoned-time';
import type { DeadlineKind } from './deadline.contract';

/**
 * The words of a reminder, shared by the emails and the web: the due day with its weekday, a
 * call's closing time on the funder's clock and the reader's, how long is left, what to do and
 * where it is done. Month and weekday names come from Intl; only the sentence around them is ours.
 */

const LOCALES: Readonly<Record<Language, string>> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();
function format(
  language: Language,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${Object.keys(options).join(',')}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone });
    formats.set(key, found);
  }
  return found;
}

function parts(formatter: Intl.DateTimeFormat, date: Date): Record<string, string> {
  return Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
}

/**
 * A calendar day (YYYY-MM-DD) with its weekday: "fredag 4 december 2026", "fredag 4. desember
 * 2026", "Friday 4 December 2026". Put together from Intl's parts, so every ICU version writes
 * it the same way (some put a comma after the English weekday).
 */
export function dueDayWords(day: string, language: Language): string {
  const p = parts(
    format(language, 'UTC', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    new Date(`${day}T00:00:00Z`),
  );
  return language === 'nb'
    ? `${p['weekday']} ${p['day']}. ${p['month']} ${p['year']}`
    : `${p['weekday']} ${p['day']} ${p['month']} ${p['year']}`;
}

/** A wall-clock time as people write it: "12.00" in Swedish and Norwegian, "12:00" in English. */
export function clockTimeWords(instant: Date, timeZone: string, language: Language): string {
  const p = parts(
    format(language, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    instant,
  );
  return `${p['hour']}${language === 'en' ? ':' : '.'}${p['minute']}`;
}

/** A "HH:mm" setting such as the reminders' send time, written the same way: "08.00", "08:00". */
export function settingTimeWords(time: string, language: Language): string {
  const [hour, minute] = time.split(':');
  return `${hour.padStart(2, '0')}${language === 'en' ? ':' : '.'}${minute}`;
}

type Words = Readonly<Record<Language, string>>;

/** Where funders close calls and where organisations are, by the names people use for the city. */
const PLACES: Readonly<Record<string, Words>> = {
  'Europe/Brussels': { sv: 'Bryssel', nb: 'Brussel', en: 'Brussels' },
  'Europe/Luxembourg': { sv: 'Luxemburg', nb: 'Luxembourg', en: 'Luxembourg' },
  'Europe/Stockholm': { sv: 'Stockholm', nb: 'Stockholm', en: 'Stockholm' },
  'Europe/Oslo': { sv: 'Oslo', nb: 'Oslo', en: 'Oslo' },
  'Europe/Helsinki': { sv: 'Helsingfors', nb: 'Helsingfors', en: 'Helsinki' },
  'Europe/Copenhagen': { sv: 'Köpenhamn', nb: 'København', en: 'Copenhagen' },
  'Europe/Paris': { sv: 'Paris', nb: 'Paris', en: 'Paris' },
  'Europe/Berlin': { sv: 'Berlin', nb: 'Berlin', en: 'Berlin' },
  'Europe/Warsaw': { sv: 'Warszawa', nb: 'Warszawa', en: 'Warsaw' },
  'Europe/Tallinn': { sv: 'Tallinn', nb: 'Tallinn', en: 'Tallinn' },
  'Europe/Riga': { sv: 'Riga', nb: 'Riga', en: 'Riga' },
  'Europe/London': { sv: 'London', nb: 'London', en: 'London' },
};

/** A country's own time, as an organisation in it says "svensk tid" rather than naming a city. */
const NATIONAL_TIMES: Readonly<Record<string, Words>> = {
  'Europe/Stockholm': { sv: 'svensk tid', nb: 'svensk tid', en: 'Swedish time' },
  'Europe/Oslo': { sv: 'norsk tid', nb: 'norsk tid', en: 'Norwegian time' },
  'Europe/Helsinki': { sv: 'finsk tid', nb: 'finsk tid', en: 'Finnish time' },
  'Europe/Copenhagen': { sv: 'dansk tid', nb: 'dansk tid', en: 'Danish time' },
};

/** "Bryssel" for Europe/Brussels; an unlisted zone by its city part ("America/New_York" → "New York"). */
export function placeWords(timeZone: string, language: Language): string {
  return PLACES[timeZone]?.[language] ?? (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** The time of a zone in words: "svensk tid", "norsk tid", else "Brussels time" / "tid i Bryssel". */
export function zoneTimeWords(timeZone: string, language: Language): string {
  const national = NATIONAL_TIMES[timeZone]?.[language];
  if (national) return national;
  const place = placeWords(timeZone, language);
  return language === 'en' ? `${place} time` : `tid i ${place}`;
}

const AT: Words = { sv: 'kl.', nb: 'kl.', en: 'at' };

/**
 * A call's closing time on the funder's clock and on the reader's: "kl. 12.00 i Bryssel (kl.
 * 12.00 svensk tid)". Both are always named, even when they agree, so nobody has to know that
 * Brussels and Stockholm share a clock. When the reader's clock is on another day, that day is
 * named too. Without a funder zone only the reader's time is given.
 */
export function closingTimeWords(
  dueAt: Date,
  funderTimeZone: string | null,
  readerTimeZone: string,
  language: Language,
): string {
  const at = AT[language];
  const reader = `${at} ${clockTimeWords(dueAt, readerTimeZone, language)} ${zoneTimeWords(readerTimeZone, language)}`;
  if (!funderTimeZone || funderTimeZone === readerTimeZone) return reader;
  const place = placeWords(funderTimeZone, language);
  const funderClock = clockTimeWords(dueAt, funderTimeZone, language);
  const funder = language === 'en' ? `${at} ${funderClock} ${place} time` : `${at} ${funderClock} i ${place}`;
  const readerDay = zonedWallTime(dueAt, readerTimeZone).slice(0, 10);
  const otherDay = readerDay !== zonedWallTime(dueAt, funderTimeZone).slice(0, 10);
  return `${funder} (${otherDay ? `${dueDayWords(readerDay, language)} ` : ''}${reader})`;
}

/** The due day, and for a call its closing time: "fredag 4 december 2026 kl. 12.00 i Bryssel (…)". */
export function dueWords(
  due: { dueOn: string; dueAt: Date | null; funderTimeZone: string | null },
  readerTimeZone: string,
  language: Language,
): string {
  const day = dueDayWords(due.dueOn, language);
  return due.dueAt
    ? `${day} ${closingTimeWords(due.dueAt, due.funderTimeZone, readerTimeZone, language)}`
    : day;
}

const WHEN: Readonly<Record<Language, (days: number) => string>> = {
  sv: (d) =>
    d > 1
      ? `om ${d} dagar`
      : d === 1
        ? 'i morgon'
        : d === 0
          ? 'i dag'
          : d === -1
            ? 'i går, försenad'
            : `för ${-d} dagar sedan, försenad`,
  nb: (d) =>
    d > 1
      ? `om ${d} dager`
      : d === 1
        ? 'i morgen'
        : d === 0
          ? 'i dag'
          : d === -1
            ? 'i går, forsinket'
            : `for ${-d} dager siden, forsinket`,
  en: (d) =>
    d > 1
      ? `in ${d} days`
      : d === 1
        ? 'tomorrow'
        : d === 0
          ? 'today'
          : d === -1
            ? 'yesterday, overdue'
            : `${-d} days ago, overdue`,
};

/** How far the due day is from the day of the reminder: "om 7 dagar", "i morgon", "i går, försenad". */
export function whenWords(daysLeft: number, language: Language): string {
  return WHEN[language](daysLeft);
}

const TO_DO: Readonly<Record<Language, Record<DeadlineKind, string>>> = {
  sv: {
    call: 'Skicka in ansökan i finansiärens portal innan utlysningen stänger.',
    checklist_item: 'Gör klart punkten och bocka av den i projektets checklista.',
    co_funding: 'Besluta om ansökan om medfinansiering.',
    co_funding_report:
      'Registrera tjänsteskrivelsen om medfinansieringen så att den kommer med till sammanträdet.',
    co_funding_meeting:
      'Medfinansieringen beslutas på sammanträdet; registrera beslutet med paragraf och diarienummer.',
    interim_report: 'Lämna delrapporten till finansiären.',
    final_report: 'Lämna slutrapporten till finansiären.',
    project_end: 'Avsluta projektet och skriv ner resultaten.',
  },
  nb: {
    call: 'Send inn søknaden i finansiørens portal før utlysningen stenger.',
    checklist_item: 'Gjør ferdig punktet og kryss det av i prosjektets sjekkliste.',
    co_funding: 'Ta stilling til søknaden om medfinansiering.',
    co_funding_report: 'Registrer saksframlegget om medfinansieringen slik at det kommer med til møtet.',
    co_funding_meeting: 'Medfinansieringen vedtas i møtet; registrer vedtaket med saksnummer.',
    interim_report: 'Lever delrapporten til finansiøren.',
    final_report: 'Lever sluttrapporten til finansiøren.',
    project_end: 'Avslutt prosjektet og skriv ned resultatene.',
  },
  en: {
    call: "Submit the application in the funder's portal before the call closes.",
    checklist_item: "Finish the item and tick it off in the project's checklist.",
    co_funding: 'Decide on the request for co-funding.',
    co_funding_report: "Register the officer's report on the co-funding so that it reaches the meeting.",
    co_funding_meeting:
      'The co-funding is decided at the meeting; record the decision with its paragraph and case number.',
    interim_report: 'Hand the interim report to the funder.',
    final_report: 'Hand the final report to the funder.',
    project_end: 'Close the project and write up its results.',
  },
};

/** What the reader has to do about a kind of deadline, as one sentence. */
export function reminderActionWords(kind: DeadlineKind, language: Language): string {
  return TO_DO[language][kind];
}

/**
 * Where a deadline's work is done in the web app: the checklist section of the project page, the
 * department head's approvals page opened on the request, else the project page.
 */
export function reminderActionPath(kind: DeadlineKind, projectId: string, sourceId: string | null): string {
  switch (kind) {
    case 'checklist_item':
      return `/projects/${projectId}#checklist`;
    case 'co_funding':
      return sourceId ? `/approvals?request=${encodeURIComponent(sourceId)}` : '/approvals';
    // The head, the one who asked and the coordinator all open the project; not all of them the inbox.
    case 'co_funding_report':
    case 'co_funding_meeting':
      return `/projects/${projectId}#co-funding`;
    default:
      return `/projects/${projectId}`;
  }
}

/** Whole days from one calendar day (YYYY-MM-DD) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
