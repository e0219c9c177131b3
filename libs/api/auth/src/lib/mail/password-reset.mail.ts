import { PASSWORD_RESET_LINK_MINUTES, type Language, type OutgoingMail } from '@gp/domain';
import { composeMail } from '@gp/api/mail';

const texts: Record<
  Language,
  { subject: string; greeting: (n: string) => string; body: string[]; action: string; signature: string }
> = {
  sv: {
    subject: 'Välj ett nytt lösenord',
    greeting: (n) => `Hej ${n}!`,
    body: [
      `Någon bad om ett nytt lösenord till ditt konto i Projektdesken. Länken nedan fungerar en gång och i ${PASSWORD_RESET_LINK_MINUTES} minuter.`,
      'Bad du inte om det? Då kan du strunta i mejlet: ditt lösenord är oförändrat.',
    ],
    action: 'Välj nytt lösenord',
    signature: 'Projektdesken',
  },
  nb: {
    subject: 'Velg et nytt passord',
    greeting: (n) => `Hei ${n}!`,
    body: [
      `Noen ba om et nytt passord til kontoen din i Projektdesken. Lenken nedenfor virker én gang og i ${PASSWORD_RESET_LINK_MINUTES} minutter.`,
      'Ba du ikke om det? Da kan du se bort fra e-posten: passordet ditt er uendret.',
    ],
    action: 'Velg nytt passord',
    signature: 'Projektdesken',
  },
  en: {
    subject: 'Choose a new password',
    greeting: (n) => `Hello ${n},`,
    body: [
      `Someone asked for a new password for your Projektdesken account. The link below works once and for ${PASSWORD_RESET_LINK_MINUTES} minutes.`,
      'Did you not ask? Then ignore this email: your password is unchanged.',
    ],
    action: 'Choose a new password',
    signature: 'Projektdesken',
  },
};

/**
 * The "forgot password" link. The secret rides in the address's fragment (after #), which
 * browsers never send to a server: it stays out of access logs and Referer headers.
 */
export function passwordResetMail(
  to: { email: string; name: string; language: Language },
  appUrl: string,
  token: string,
): OutgoingMail {
  const t = texts[to.language];
  return composeMail({
    kind: 'password_reset',
    to: to.email,
    language: to.language,
    subject: t.subject,
    greeting: t.greeting(to.name),
    paragraphs: t.body,
    action: { label: t.action, url: `${appUrl}/new-password#${token}` },
    signature: t.signature,
  });
}
