import { noteMentionMail } from './note-mention.mail';

const note = {
  authorName: 'Maja Lindqvist',
  projectId: '6f1c2c1e-0000-4000-8000-000000000001',
  projectTitle: 'Kulturutbyte Bergen',
  text: 'Kan du skicka partnerintyget?\nTack!',
};

describe('the email to a person mentioned in a note', () => {
  it('speaks the recipient’s language and links to the project', () => {
    const mail = noteMentionMail(
      { id: 'u1', name: 'Ingrid Nilsen', email: 'ingrid@kommune.no', language: 'nb' },
      note,
      'https://desk.kommune.no',
    );
    expect(mail).toMatchObject({
      kind: 'note_mention',
      to: 'ingrid@kommune.no',
      language: 'nb',
      subject: 'Maja Lindqvist nevnte deg i et notat: Kulturutbyte Bergen',
    });
    expect(mail.text).toContain('Hei Ingrid Nilsen!');
    expect(mail.text).toContain('Kan du skicka partnerintyget?');
    expect(mail.text).toContain(`https://desk.kommune.no/projects/${note.projectId}`);
    expect(mail.html).toContain(`href="https://desk.kommune.no/projects/${note.projectId}"`);
  });

  it('cuts a long note short: the link leads to the whole of it', () => {
    const mail = noteMentionMail(
      { id: 'u1', name: 'Jonas Ek', email: 'jonas@kommun.se', language: 'sv' },
      { ...note, text: 'a'.repeat(5000) },
      'https://desk.kommun.se',
    );
    expect(mail.subject).toBe('Maja Lindqvist nämnde dig i en anteckning: Kulturutbyte Bergen');
    expect(mail.text).toContain(`${'a'.repeat(1000)}…`);
    expect(mail.text).not.toContain('a'.repeat(1001));
  });
});
