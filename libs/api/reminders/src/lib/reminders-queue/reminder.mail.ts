import {
  deadlineKindName,
  dueWords,
  reminderActionPath,
  reminderActionWords,
  whenWords,
  type DeadlineKind,
  type Language,
  type OutgoingMail,
} from '@gp/domain';
import { composeMail } from '@gp/api/mail';

/** What one reminder is about, as read from the deadline, its project and its call. */
export interface ReminderFacts {
  kind: DeadlineKind;
  title: string;
  projectTitle: string;
  projectId: string;
  /** the checklist item or co-funding request id, null for the project's own dates */
  sourceId: string | null;
  dueOn: string;
  dueAt: Date | null;
  /** the funder's zone for a call (programme_call.deadline_time_zone), else null */
  funderTimeZone: string | null;
  offsetDays: number;
}

/** Where the emails point and whose clock they speak of: the organisation's. */
export interface MailContext {
  appUrl: string;
  timeZone: string;
}

interface Texts {
  greeting: (name: string) => string;
  project: string;
  due: string;
  toDo: string;
  open: Record<'project' | 'checklist' | 'co_funding', string>;
  why: (kind: DeadlineKind) => string;
  choices: (url: string) => string;
}

const TEXTS: Record<Language, Texts> = {
  sv: {
    greeting: (n) => `Hej ${n}!`,
    project: 'Projekt',
    due: 'Sista dag',
    toDo: 'Att göra',
    open: {
      project: 'Öppna projektet',
      checklist: 'Öppna checklistan',
      co_funding: 'Öppna ansökan om medfinansiering',
    },
    why: (kind) =>
      kind === 'co_funding'
        ? 'Du får påminnelsen för att du beslutar om medfinansiering för förvaltningen.'
        : 'Du får påminnelsen för att du har en roll i projektet.',
    choices: (url) =>
      `Om du vill ha påminnelserna en och en eller samlade i en sammanfattning om dagen väljer du det under Mitt konto: ${url}`,
  },
  nb: {
    greeting: (n) => `Hei ${n}!`,
    project: 'Prosjekt',
    due: 'Frist',
    toDo: 'Å gjøre',
    open: {
      project: 'Åpne prosjektet',
      checklist: 'Åpne sjekklisten',
      co_funding: 'Åpne søknaden om medfinansiering',
    },
    why: (kind) =>
      kind === 'co_funding'
        ? 'Du får påminnelsen fordi du tar stilling til medfinansiering for virksomheten.'
        : 'Du får påminnelsen fordi du har en rolle i prosjektet.',
    choices: (url) =>
      `Om du vil ha påminnelsene én og én eller samlet i en oppsummering om dagen, velger du det under Min konto: ${url}`,
  },
  en: {
    greeting: (n) => `Hello ${n},`,
    project: 'Project',
    due: 'Due',
    toDo: 'To do',
    open: {
      project: 'Open the project',
      checklist: 'Open the checklist',
      co_funding: 'Open the co-funding request',
    },
    why: (kind) =>
      kind === 'co_funding'
        ? 'You get this reminder because you decide on co-funding for the department.'
        : 'You get this reminder because you have a role in the project.',
    choices: (url) =>
      `To get reminders one by one or gathered in one summary a day, choose under My account: ${url}`,
  },
};

/** "Delrapport", or "Punkt i checklistan: Partnerbrev" when the deadline has a name of its own. */
export function deadlineLabel(facts: ReminderFacts, language: Language, separator = ': '): string {
  const kind = deadlineKindName(facts.kind, language);
  return facts.title && facts.title !== facts.projectTitle ? `${kind}${separator}${facts.title}` : kind;
}

/** The due day, a call's closing time on both clocks, and how long is left: "fredag 4 december 2026 … – om 7 dagar". */
export function dueLine(
  facts: ReminderFacts,
  daysLeft: number,
  context: MailContext,
  language: Language,
): string {
  return `${dueWords(facts, context.timeZone, language)} – ${whenWords(daysLeft, language)}`;
}

/** Why the person gets reminders and where they choose how; the same under every reminder email. */
export function reminderFootnotes(
  kind: DeadlineKind | null,
  context: MailContext,
  language: Language,
): string[] {
  const t = TEXTS[language];
  const why = kind ? [t.why(kind)] : [];
  return [...why, t.choices(`${context.appUrl}/account`)];
}

export function reminderGreeting(name: string, language: Language): string {
  return TEXTS[language].greeting(name);
}

/** The Message-ID of a reminder email, from its notification row. */
export function reminderMessageId(notificationId: string): string {
  return `<reminder.${notificationId}@projektdesken>`;
}

/**
 * One reminder email: what is due, in which project, when (a call's closing time on the funder's
 * clock and the organisation's), what to do, and a button to where it is done. The subject starts
 * with the project and how long is left so an inbox list reads well. The Message-ID is given (see
 * reminderMessageId), so the mail log's unique Message-ID stops a second send of the same reminder.
 */
export function reminderMail(
  to: { email: string; name: string; language: Language },
  facts: ReminderFacts,
  messageId: string,
  context: MailContext,
): OutgoingMail {
  const language = to.language;
  const t = TEXTS[language];
  const label = deadlineLabel(facts, language);
  const when = whenWords(facts.offsetDays, language);
  const path = reminderActionPath(facts.kind, facts.projectId, facts.sourceId);
  const open =
    facts.kind === 'checklist_item'
      ? t.open.checklist
      : facts.kind === 'co_funding'
        ? t.open.co_funding
        : t.open.project;
  const mail = composeMail({
    kind: 'reminder',
    to: to.email,
    language,
    subject: `${facts.projectTitle} · ${when}: ${deadlineLabel(facts, language, ' – ')}`,
    greeting: t.greeting(to.name),
    paragraphs: [
      label,
      `${t.project}: ${facts.projectTitle}`,
      `${t.due}: ${dueLine(facts, facts.offsetDays, context, language)}`,
      `${t.toDo}: ${reminderActionWords(facts.kind, language)}`,
    ],
    action: { label: open, url: `${context.appUrl}${path}` },
    footnotes: reminderFootnotes(facts.kind, context, language),
    signature: 'Projektdesken',
  });
  return { ...mail, messageId };
}
