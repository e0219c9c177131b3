import type { Language, OutgoingMail } from '@gp/domain';
import { composeMail } from '@gp/api/mail';
import type { ProjectReader } from './project-readers';

/** The mail log's name for these emails (its words are in the web's `mailKinds`). */
export const NOTE_MENTION_MAIL_KIND = 'note_mention';

// Long notes are cut in the email: the link leads to the whole thread.
const QUOTE_MAX = 1000;

interface Texts {
  greeting: (name: string) => string;
  subject: (author: string, project: string) => string;
  intro: (author: string, project: string) => string;
  action: string;
}

const texts: Record<Language, Texts> = {
  sv: {
    greeting: (n) => `Hej ${n}!`,
    subject: (a, p) => `${a} nämnde dig i en anteckning: ${p}`,
    intro: (a, p) => `${a} nämnde dig i en anteckning om projektet ”${p}”:`,
    action: 'Öppna projektet',
  },
  nb: {
    greeting: (n) => `Hei ${n}!`,
    subject: (a, p) => `${a} nevnte deg i et notat: ${p}`,
    intro: (a, p) => `${a} nevnte deg i et notat om prosjektet «${p}»:`,
    action: 'Åpne prosjektet',
  },
  en: {
    greeting: (n) => `Hello ${n},`,
    subject: (a, p) => `${a} mentioned you in a note: ${p}`,
    intro: (a, p) => `${a} mentioned you in a note on the project “${p}”:`,
    action: 'Open the project',
  },
};

const quote = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text);

/** Tells a person they were mentioned, in their language, with a link straight to the project. */
export function noteMentionMail(
  to: ProjectReader,
  note: { authorName: string; projectId: string; projectTitle: string; text: string },
  appUrl: string,
): OutgoingMail {
  const t = texts[to.language] ?? texts.sv;
  return composeMail({
    kind: NOTE_MENTION_MAIL_KIND,
    to: to.email,
    language: to.language,
    subject: t.subject(note.authorName, note.projectTitle),
    greeting: t.greeting(to.name),
    paragraphs: [t.intro(note.authorName, note.projectTitle), quote(note.text)],
    action: { label: t.action, url: `${appUrl}/projects/${note.projectId}` },
    signature: 'Projektdesken',
  });
}
