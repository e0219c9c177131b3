import { deadlineKindName, type DeadlineKind, type Language, type OutgoingMail } from '@gp/domain';
import { composeMail } from '@gp/api/mail';

export interface ReminderFacts {
  kind: DeadlineKind;
  title: string;
  projectTitle: string;
  projectId: string;
  /** The checklist item or co-funding request id, null for the project's own dates. */
  sourceId: string | null;
  dueOn: string;
  dueAt: Date | null;
  /** The funder's zone for a call, else null. */
  funderTimeZone: string | null;
  offsetDays: number;
}

export interface MailContext {
  appUrl: string;
  timeZone: string;
}

const WHEN: Record<Language, (days: number) => string> = {
  sv: (d) =>
    d > 1 ? `om ${d} dagar` : d === 1 ? 'i morgon' : d === 0 ? 'i dag' : 'i går – och är inte klar',
  nb: (d) =>
    d > 1 ? `om ${d} dager` : d === 1 ? 'i morgen' : d === 0 ? 'i dag' : 'i går – og er ikke fullført',
  en: (d) =>
    d > 1 ? `in ${d} days` : d === 1 ? 'tomorrow' : d === 0 ? 'today' : 'yesterday – and is still open',
};

const TEXTS: Record<
  Language,
  { greeting: (n: string) => string; due: string; action: string; settings: string }
> = {
  sv: {
    greeting: (n) => `Hej ${n}!`,
    due: 'Sista dag',
    action: 'Öppna projektet',
    settings: 'Du får påminnelsen för att du har en roll i projektet.',
  },
  nb: {
    greeting: (n) => `Hei ${n}!`,
    due: 'Siste dag',
    action: 'Åpne prosjektet',
    settings: 'Du får påminnelsen fordi du har en rolle i prosjektet.',
  },
  en: {
    greeting: (n) => `Hello ${n},`,
    due: 'Due',
    action: 'Open the project',
    settings: 'You get this reminder because you have a role in the project.',
  },
};

/**
 * One reminder email. Its Message-ID comes from the notification row, so the mail log's unique
 * Message-ID stops a second send of the same reminder whatever the queues do.
 */
export function reminderMail(
  to: { email: string; name: string; language: Language },
  facts: ReminderFacts,
  messageId: string,
  { appUrl }: MailContext,
): OutgoingMail {
  const t = TEXTS[to.language];
  const what = deadlineKindName(facts.kind, to.language);
  const subject = `${what}: ${facts.title === facts.projectTitle ? facts.projectTitle : `${facts.title} – ${facts.projectTitle}`} (${WHEN[to.language](facts.offsetDays)})`;
  const mail = composeMail({
    kind: 'reminder',
    to: to.email,
    language: to.language,
    subject,
    greeting: t.greeting(to.name),
    paragraphs: [`${what}: ${facts.title}`, `${t.due}: ${facts.dueOn}`, t.settings],
    action: { label: t.action, url: `${appUrl}/projects/${facts.projectId}` },
    signature: 'Projektdesken',
  });
  return { ...mail, messageId };
}
