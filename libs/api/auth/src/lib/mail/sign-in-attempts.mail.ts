import type { Language, OutgoingMail } from '@gp/domain';
import { composeMail } from '@gp/api/mail';

const texts: Record<
  Language,
  {
    subject: string;
    greeting: (n: string) => string;
    body: string[];
    action: string;
    signature: string;
  }
> = {
  sv: {
    subject: 'Någon försöker logga in på ditt konto',
    greeting: (n) => `Hej ${n}!`,
    body: [
      'Någon har många gånger försökt logga in på ditt konto i Projektdesken med fel lösenord. Kontot är inte låst: du loggar in som vanligt, och från en ny plats kan det ta några sekunder längre en stund.',
      'Var det du? Då behöver du inte göra något. Var det inte du? Byt till ett långt lösenord som du inte använder någon annanstans, och berätta för administratören. Ingen från Projektdesken frågar någonsin efter ditt lösenord.',
    ],
    action: 'Byt lösenord',
    signature: 'Projektdesken',
  },
  nb: {
    subject: 'Noen prøver å logge på kontoen din',
    greeting: (n) => `Hei ${n}!`,
    body: [
      'Noen har mange ganger prøvd å logge på kontoen din i Projektdesken med feil passord. Kontoen er ikke låst: du logger på som vanlig, og fra et nytt sted kan det ta noen sekunder lenger en stund.',
      'Var det deg? Da trenger du ikke gjøre noe. Var det ikke deg? Bytt til et langt passord som du ikke bruker noe annet sted, og si fra til administratoren. Ingen fra Projektdesken spør noen gang etter passordet ditt.',
    ],
    action: 'Bytt passord',
    signature: 'Projektdesken',
  },
  en: {
    subject: 'Someone is trying to sign in to your account',
    greeting: (n) => `Hello ${n},`,
    body: [
      'Someone has tried many times to sign in to your Projektdesken account with a wrong password. Your account is not locked: you sign in as usual, and from a new place it may take a few seconds longer for a while.',
      'Was it you? Then there is nothing to do. Was it not you? Change to a long password that you use nowhere else, and tell the administrator. No one from Projektdesken ever asks for your password.',
    ],
    action: 'Change password',
    signature: 'Projektdesken',
  },
};

/**
 * Tells a person that their account is being guessed at and what to do: sent once, when the
 * failed sign-ins of the account from any address reach the limit, and at most once a day.
 */
export function signInAttemptsMail(
  to: { email: string; name: string; language: Language },
  appUrl: string,
): OutgoingMail {
  const t = texts[to.language];
  return composeMail({
    kind: 'sign_in_attempts',
    to: to.email,
    language: to.language,
    subject: t.subject,
    greeting: t.greeting(to.name),
    paragraphs: t.body,
    action: { label: t.action, url: `${appUrl}/account` },
    signature: t.signature,
  });
}
