import type { Language, OutgoingMail } from '@gp/domain';
import { composeMail } from '@gp/api/mail';

const texts: Record<
  Language,
  { subject: string; greeting: (n: string) => string; body: string; action: string; signature: string }
> = {
  sv: {
    subject: 'Ditt lösenord har ändrats',
    greeting: (n) => `Hej ${n}!`,
    body: 'Lösenordet till ditt konto i Projektdesken ändrades nyss. Om det inte var du, kontakta administratören genast.',
    action: 'Öppna Projektdesken',
    signature: 'Projektdesken',
  },
  nb: {
    subject: 'Passordet ditt er endret',
    greeting: (n) => `Hei ${n}!`,
    body: 'Passordet til kontoen din i Projektdesken ble nettopp endret. Hvis det ikke var deg, kontakt administratoren straks.',
    action: 'Åpne Projektdesken',
    signature: 'Projektdesken',
  },
  en: {
    subject: 'Your password was changed',
    greeting: (n) => `Hello ${n},`,
    body: 'The password of your Projektdesken account was just changed. If this was not you, contact the administrator at once.',
    action: 'Open Projektdesken',
    signature: 'Projektdesken',
  },
};

/** Tells a person their password changed, so a stolen session cannot change it unnoticed. */
export function passwordChangedMail(
  to: { email: string; name: string; language: Language },
  appUrl: string,
): OutgoingMail {
  const t = texts[to.language];
  return composeMail({
    kind: 'password_changed',
    to: to.email,
    language: to.language,
    subject: t.subject,
    greeting: t.greeting(to.name),
    paragraphs: [t.body],
    action: { label: t.action, url: `${appUrl}/account` },
    signature: t.signature,
  });
}
