import { zonedWallTimeToInstant } from '@gp/domain';
import { reminderMail, reminderMessageId, type ReminderFacts } from './reminder.mail';

const context = { appUrl: 'https://projekt.kommun.se', timeZone: 'Europe/Stockholm' };
const anna = { email: 'anna@kommun.se', name: 'Anna', language: 'sv' } as const;

const call: ReminderFacts = {
  kind: 'call',
  title: 'Erasmus+ KA220 2027',
  projectTitle: 'Kulturarv i Norden',
  projectId: 'p1',
  sourceId: null,
  dueOn: '2027-03-05',
  dueAt: zonedWallTimeToInstant('2027-03-05T12:00', 'Europe/Brussels'),
  funderTimeZone: 'Europe/Brussels',
  offsetDays: 7,
};

describe('the reminder email', () => {
  it('says what is due, for which project, when on both clocks, what to do and where', () => {
    const mail = reminderMail(anna, call, reminderMessageId('n1'), context);
    expect(mail.subject).toBe('Kulturarv i Norden · om 7 dagar: Utlysningen stänger – Erasmus+ KA220 2027');
    expect(mail.kind).toBe('reminder');
    expect(mail.messageId).toBe('<reminder.n1@projektdesken>');
    expect(mail.text).toContain('Projekt: Kulturarv i Norden');
    expect(mail.text).toContain(
      'Sista dag: fredag 5 mars 2027 kl. 12.00 i Bryssel (kl. 12.00 svensk tid) – om 7 dagar',
    );
    expect(mail.text).toContain(
      'Att göra: Skicka in ansökan i finansiärens portal innan utlysningen stänger.',
    );
    expect(mail.text).toContain('Öppna projektet: https://projekt.kommun.se/projects/p1');
    expect(mail.text).toContain('under Mitt konto: https://projekt.kommun.se/account');
    expect(mail.html).toContain('href="https://projekt.kommun.se/projects/p1"');
    expect(mail.html).toContain('kl. 12.00 i Bryssel (kl. 12.00 svensk tid)');
  });

  it('sends a checklist item to the checklist and a co-funding decision to the approvals page', () => {
    const item = reminderMail(
      { ...anna, language: 'en' },
      {
        ...call,
        kind: 'checklist_item',
        title: 'Letter of intent',
        sourceId: 'c1',
        dueAt: null,
        funderTimeZone: null,
        offsetDays: 1,
      },
      reminderMessageId('n2'),
      context,
    );
    expect(item.subject).toBe('Kulturarv i Norden · tomorrow: Checklist item – Letter of intent');
    expect(item.text).toContain('Due: Friday 5 March 2027 – tomorrow');
    expect(item.text).toContain("To do: Finish the item and tick it off in the project's checklist.");
    expect(item.text).toContain('Open the checklist: https://projekt.kommun.se/projects/p1#checklist');

    const decision = reminderMail(
      { ...anna, language: 'nb' },
      {
        ...call,
        kind: 'co_funding',
        title: 'Kultur',
        sourceId: 'r1',
        dueAt: null,
        funderTimeZone: null,
        offsetDays: -1,
      },
      reminderMessageId('n3'),
      { ...context, timeZone: 'Europe/Oslo' },
    );
    expect(decision.subject).toBe(
      'Kulturarv i Norden · i går, forsinket: Vedtak om medfinansiering – Kultur',
    );
    expect(decision.text).toContain('Frist: fredag 5. mars 2027 – i går, forsinket');
    expect(decision.html).toContain('href="https://projekt.kommun.se/approvals?request=r1"');
    expect(decision.text).toContain('fordi du tar stilling til medfinansiering');
  });

  it('names a report by its kind when it carries the project’s own title', () => {
    const mail = reminderMail(
      anna,
      {
        ...call,
        kind: 'final_report',
        title: 'Kulturarv i Norden',
        dueAt: null,
        funderTimeZone: null,
        offsetDays: 0,
      },
      reminderMessageId('n4'),
      context,
    );
    expect(mail.subject).toBe('Kulturarv i Norden · i dag: Slutrapport');
    expect(mail.text).toContain('Att göra: Lämna slutrapporten till finansiären.');
  });

  it('escapes the titles in the HTML part', () => {
    const mail = reminderMail(
      anna,
      { ...call, projectTitle: '<b>X</b> & Y' },
      reminderMessageId('n5'),
      context,
    );
    expect(mail.html).not.toContain('<b>X</b>');
    expect(mail.html).toContain('&#60;b&#62;X&#60;/b&#62; &#38; Y');
  });
});
