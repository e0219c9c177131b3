import { passwordResetMail } from './password-reset.mail';

describe('the password-reset email', () => {
  it.each([
    ['sv', 'Välj ett nytt lösenord', 'Hej Anna!', '60 minuter'],
    ['nb', 'Velg et nytt passord', 'Hei Anna!', '60 minutter'],
    ['en', 'Choose a new password', 'Hello Anna,', '60 minutes'],
  ] as const)('speaks %s and says how long the link works', (language, subject, greeting, lasts) => {
    const mail = passwordResetMail({ email: 'anna@kommun.se', name: 'Anna', language }, 'https://p', 'secret');
    expect(mail.subject).toBe(subject);
    expect(mail.text.startsWith(greeting)).toBe(true);
    expect(mail.text).toContain(lasts);
    expect(mail.kind).toBe('password_reset');
  });

  it('carries the secret in the link’s fragment, in both parts', () => {
    const mail = passwordResetMail(
      { email: 'anna@kommun.se', name: 'Anna', language: 'sv' },
      'https://projekt.kommun.se',
      'AbC-123_x',
    );
    expect(mail.text).toContain('https://projekt.kommun.se/new-password#AbC-123_x');
    expect(mail.html).toContain('href="https://projekt.kommun.se/new-password#AbC-123_x"');
  });

  it('escapes the person’s name in the HTML part', () => {
    const mail = passwordResetMail({ email: 'x@k.se', name: '<b>x</b>', language: 'en' }, 'https://p', 't');
    expect(mail.html).not.toContain('<b>x</b>');
  });
});
