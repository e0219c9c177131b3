import { passwordChangedMail } from './password-changed.mail';

describe('the password-changed email', () => {
  it.each([
    ['sv', 'Ditt lösenord har ändrats', 'Hej Anna!'],
    ['nb', 'Passordet ditt er endret', 'Hei Anna!'],
    ['en', 'Your password was changed', 'Hello Anna,'],
  ] as const)('speaks %s', (language, subject, greeting) => {
    const mail = passwordChangedMail(
      { email: 'anna@kommun.se', name: 'Anna', language },
      'https://projekt.kommun.se',
    );
    expect(mail.subject).toBe(subject);
    expect(mail.text.startsWith(greeting)).toBe(true);
    expect(mail.language).toBe(language);
  });

  it('links to the account page in both the text and the HTML part', () => {
    const mail = passwordChangedMail(
      { email: 'anna@kommun.se', name: 'Anna', language: 'sv' },
      'https://projekt.kommun.se',
    );
    expect(mail.text).toContain('https://projekt.kommun.se/account');
    expect(mail.html).toContain('href="https://projekt.kommun.se/account"');
  });

  it('escapes the person’s name in the HTML part', () => {
    const mail = passwordChangedMail(
      { email: 'x@kommun.se', name: '<script>alert(1)</script>', language: 'en' },
      'https://p',
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&#60;script&#62;');
  });

  it('has a fresh Message-ID each time, so two changes are two emails', () => {
    const to = { email: 'anna@kommun.se', name: 'Anna', language: 'sv' as const };
    expect(passwordChangedMail(to, 'https://p').messageId).not.toBe(
      passwordChangedMail(to, 'https://p').messageId,
    );
  });
});
