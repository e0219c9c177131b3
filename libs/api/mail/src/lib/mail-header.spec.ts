import { simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { composeMail } from './mail-layout';

const HOSTILE = [
  'Möte\r\nBcc: victim@evil.example\r\nX-Evil: 1',
  'Möte\r\n\r\n<h1>A body of the writer’s choosing</h1>',
  'Lone\rCR and lone\nLF',
  'Styr\u0000tecken\u001b och\ttabb\u2028radskift',
  `${'Lång titel '.repeat(20)}\r\nBcc: victim@evil.example`,
];

/** The email as it leaves the desk, rendered by nodemailer as the SMTP driver would send it. */
async function sent(subject: string) {
  const mail = composeMail({
    kind: 'reminder',
    to: 'jonas.ek@demo.kommun.se',
    language: 'sv',
    subject,
    greeting: 'Hej!',
    paragraphs: ['En påminnelse.'],
    signature: 'Projektdesken',
  });
  const transport = createTransport({ streamTransport: true, buffer: true, newline: '\r\n' });
  const info = await transport.sendMail({
    from: 'Projektdesken <no-reply@kommun.se>',
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
  });
  return { mail, parsed: await simpleParser(info.message as Buffer) };
}

describe('email headers', () => {
  it.each(HOSTILE)('keep a hostile subject on its one header line: %j', async (hostile) => {
    const { mail, parsed } = await sent(hostile);
    // eslint-disable-next-line no-control-regex -- control characters are what is tested
    expect(mail.subject).not.toMatch(/[\r\n\u0000-\u001f\u2028]/);
    expect(parsed.subject).toBe(mail.subject);
    expect([...parsed.headers.keys()].sort()).toEqual(
      ['content-type', 'date', 'from', 'message-id', 'mime-version', 'subject', 'to'].sort(),
    );
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.text?.trim().startsWith('Hej!')).toBe(true);
  });

  it('keeps the words, each line break becoming one space', async () => {
    const { parsed } = await sent('Möte\r\nBcc: victim@evil.example\r\nX-Evil: 1');
    expect(parsed.subject).toBe('Möte Bcc: victim@evil.example X-Evil: 1');
  });
});
