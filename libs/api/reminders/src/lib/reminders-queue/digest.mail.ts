import { deadlineKindName, type Language, type OutgoingMail } from '@gp/domain';
import { composeMail } from '@gp/api/mail';
import type { MailContext, ReminderFacts } from './reminder.mail';

const TEXTS: Record<
  Language,
  { subject: (n: number) => string; greeting: (n: string) => string; intro: string; action: string }
> = {
  sv: {
    subject: (n) => `Dagens påminnelser från Projektdesken (${n})`,
    greeting: (n) => `Hej ${n}!`,
    intro: 'Det här är på gång i projekten du har en roll i:',
    action: 'Öppna påminnelserna',
  },
  nb: {
    subject: (n) => `Dagens påminnelser fra Projektdesken (${n})`,
    greeting: (n) => `Hei ${n}!`,
    intro: 'Dette er på gang i prosjektene du har en rolle i:',
    action: 'Åpne påminnelsene',
  },
  en: {
    subject: (n) => `Today's reminders from Projektdesken (${n})`,
    greeting: (n) => `Hello ${n},`,
    intro: 'This is coming up in the projects you have a role in:',
    action: 'Open the reminders',
  },
};

/** One person's daily digest: each deadline once, at its nearest reminder. */
export function digestMail(
  to: { email: string; name: string; language: Language },
  items: readonly ReminderFacts[],
  messageId: string,
  { appUrl }: MailContext,
): OutgoingMail {
  const t = TEXTS[to.language];
  const lines = items.map(
    (item) =>
      `• ${deadlineKindName(item.kind, to.language)}: ${item.title === item.projectTitle ? item.projectTitle : `${item.title} – ${item.projectTitle}`} (${item.dueOn})`,
  );
  const mail = composeMail({
    kind: 'reminder_digest',
    to: to.email,
    language: to.language,
    subject: t.subject(items.length),
    greeting: t.greeting(to.name),
    paragraphs: [t.intro, ...lines],
    action: { label: t.action, url: `${appUrl}/notifications` },
    signature: 'Projektdesken',
  });
  return { ...mail, messageId };
}
