import { signInAttemptsMail } from './sign-in-attempts.mail';

describe('the sign-in attempts email', () => {
  it.each([
    ['sv', 'Någon försöker logga in på ditt konto', 'Hej Anna!'],
    ['nb', 'Noen prøver å logge på kontoen din', 'Hei Anna!'],
    ['en', 'Someone is trying to sign in to your account', 'Hello Anna,'],
  ] as const)('speaks %s', (language, subject, greeting) => {
    const mail = signInAttemptsMail({ email: 'anna@kommun.se', name: 'Anna', language }, 'https://p');
    expect(mail.subject).toBe(subject);
    expect(mail.text.startsWith(greeting)).toBe(true);
    expect(mail.kind).toBe('sign_in_attempts');
  });

  it('says the account is not locked and what to do, with a link to change the password', () => {
    const mail = signInAttemptsMail(
      { email: 'anna@kommun.se', name: 'Anna', language: 'en' },
      'https://projekt.kommun.se',
    );
    expect(mail.text).toContain('not locked');
    expect(mail.text).toContain('Change to a long password');
    expect(mail.html).toContain('href="https://projekt.kommun.se/account"');
  });

  it('escapes the person’s name in the HTML part', () => {
    const mail = signInAttemptsMail({ email: 'x@k.se', name: '<b>x</b>', language: 'sv' }, 'https://p');
    expect(mail.html).not.toContain('<b>x</b>');
  });
});
