import { zonedWallTimeToInstant } from '@gp/domain';
import { digestMail } from './digest.mail';
import type { ReminderFacts } from './reminder.mail';

const context = { appUrl: 'https://projekt.kommun.se', timeZone: 'Europe/Stockholm' };
const base = {
  projectTitle: 'Kulturarv i Norden',
  projectId: 'p1',
  sourceId: null,
  dueAt: null,
  funderTimeZone: null,
};

const items: ReminderFacts[] = [
  { ...base, kind: 'interim_report', title: 'Kulturarv i Norden', dueOn: '2027-04-30', offsetDays: 30 },
  {
    ...base,
    kind: 'call',
    title: 'Interreg Aurora',
    projectTitle: 'Grön hamn',
    projectId: 'p2',
    dueOn: '2027-04-07',
    dueAt: zonedWallTimeToInstant('2027-04-07T17:00', 'Europe/Brussels'),
    funderTimeZone: 'Europe/Brussels',
    offsetDays: 7,
  },
  {
    ...base,
    kind: 'checklist_item',
    title: 'Partnerintyg',
    sourceId: 'c1',
    dueOn: '2027-04-03',
    offsetDays: 3,
  },
];

describe('the daily digest', () => {
  it('lists each deadline once, soonest first, grouped, linking to where the work is done', () => {
    const mail = digestMail(
      { email: 'anna@kommun.se', name: 'Anna', language: 'sv' },
      items,
      '<digest.u1.2027-03-31@projektdesken>',
      context,
    );
    expect(mail.kind).toBe('reminder_digest');
    expect(mail.messageId).toBe('<digest.u1.2027-03-31@projektdesken>');
    expect(mail.subject).toBe('Dagens påminnelser från Projektdesken (3)');
    const text = mail.text;
    expect(text.indexOf('INOM EN VECKA')).toBeLessThan(text.indexOf('Partnerintyg'));
    expect(text.indexOf('Partnerintyg')).toBeLessThan(text.indexOf('Interreg Aurora'));
    expect(text.indexOf('Interreg Aurora')).toBeLessThan(text.indexOf('SENARE'));
    expect(text.indexOf('SENARE')).toBeLessThan(text.indexOf('Delrapport'));
    expect(text).toContain(
      '• Kulturarv i Norden – Punkt i checklistan: Partnerintyg\n  lördag 3 april 2027 – om 3 dagar\n  https://projekt.kommun.se/projects/p1#checklist',
    );
    expect(text).toContain(
      '• Grön hamn – Utlysningen stänger: Interreg Aurora\n  onsdag 7 april 2027 kl. 17.00 i Bryssel (kl. 17.00 svensk tid) – om 7 dagar\n  https://projekt.kommun.se/projects/p2',
    );
    expect(text).toContain('• Kulturarv i Norden – Delrapport\n  fredag 30 april 2027 – om 30 dagar');
    expect(text).not.toContain('/notifications');
    expect(mail.html).toContain('href="https://projekt.kommun.se/projects/p1#checklist"');
    expect(mail.html).toContain('<h2 style="font-size:17px;margin:24px 0 8px">Inom en vecka</h2>');
  });

  it('puts overdue deadlines first, in English', () => {
    const mail = digestMail(
      { email: 'a@x', name: 'Ann', language: 'en' },
      [
        ...items,
        { ...base, kind: 'project_end', title: 'Kulturarv i Norden', dueOn: '2027-03-29', offsetDays: -2 },
      ],
      '<digest.u1.2027-03-31@projektdesken>',
      context,
    );
    expect(mail.text.indexOf('OVERDUE')).toBeLessThan(mail.text.indexOf('WITHIN A WEEK'));
    expect(mail.text).toContain(
      '• Kulturarv i Norden – The project ends\n  Monday 29 March 2027 – 2 days ago, overdue\n  https://projekt.kommun.se/projects/p1',
    );
    expect(mail.text).toContain('My account: https://projekt.kommun.se/account');
  });
});
