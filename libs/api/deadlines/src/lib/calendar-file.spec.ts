import ICAL from 'ical.js';
import type { Deadline } from '@gp/domain';
import { calendarFile } from './calendar-file';

// RFC 7986 gives NAME the TEXT type and every client reads X-WR-CALNAME as TEXT; ical.js leaves
// both raw unless told.
ICAL.design.icalendar.property['name'] = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

async function written(parts: AsyncIterable<string>): Promise<string> {
  let file = '';
  for await (const part of parts) file += part;
  return file;
}

/** What a calendar program reads: line breaks as \n, other control characters gone. */
// eslint-disable-next-line no-control-regex -- control characters are what is tested
const asRead = (text: string) => text.replace(/\r\n|\r/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');

const HOSTILE = [
  'Möte\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Logga in här\r\nURL:https://evil.example\r\nDTSTART:20310101T100000Z\r\nEND:VEVENT',
  '\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nX-WR-CALNAME:Ny',
  'En\rensam CR',
  'En\nensam LF',
  'Bak\\snedstreck \\n och \\, \\; \\\\',
  'Semikolon; komma, kolon: "citat"',
  `${'x'.repeat(60)}🌲🌲🌲${'å'.repeat(7)}🌲`,
  `${'🌲'.repeat(40)}`,
  'Styr\x01tecken\x1b[31m\x7f och\ttabb\u2028radskift',
];

const deadline = (n: number, overrides: Partial<Deadline> = {}): Deadline => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  projectId: 'p1',
  projectTitle: 'Grön omställning',
  kind: 'checklist_item',
  sourceId: null,
  title: `Punkt ${n}`,
  dueAt: null,
  dueOn: '2031-01-01',
  status: 'open',
  ...overrides,
});

describe('calendarFile', () => {
  it('writes the head before it reads a deadline, then each batch as it comes, then the end', async () => {
    const read: number[] = [];
    async function* batches() {
      read.push(1);
      yield [
        deadline(1),
        deadline(2, { kind: 'call', dueAt: '2031-01-02T11:00:00.000Z', dueOn: '2031-01-02' }),
      ];
      read.push(2);
      yield [deadline(3)];
    }
    const parts = calendarFile('Projektdesken', batches(), 'sv', 'https://desk.kommun.se');

    const head = await parts.next();
    expect(head.value).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*X-WR-CALNAME:Projektdesken\r\n$/);
    expect(read).toEqual([]);

    const first = (await parts.next()).value as string;
    expect(read).toEqual([1]);
    expect(first.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(first).toContain('UID:00000000-0000-4000-8000-000000000001@projektdesken');
    expect(first).toContain('DTSTART;VALUE=DATE:20310101');
    expect(first).toContain('DTSTART:20310102T110000Z');
    expect(first).toContain('SUMMARY:Punkt i checklistan: Punkt 1 – Grön omställning');

    const second = (await parts.next()).value as string;
    expect(second.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(second).not.toContain('Punkt 1 ');
    expect((await parts.next()).value).toBe('END:VCALENDAR\r\n');
    expect((await parts.next()).done).toBe(true);
  });

  it('is a whole calendar when there is nothing to show', async () => {
    async function* none(): AsyncGenerator<Deadline[]> {
      // No deadlines.
    }
    let file = '';
    for await (const part of calendarFile('Projektdesken', none(), 'en', 'https://desk.kommun.se'))
      file += part;
    expect(file).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nEND:VCALENDAR\r\n$/);
    expect(file).not.toContain('VEVENT');
  });

  it.each(HOSTILE)('keeps a hostile name or title inside its own property: %j', async (hostile) => {
    async function* one() {
      yield [
        deadline(1, { projectTitle: hostile, title: hostile }),
        deadline(2, { projectTitle: hostile, title: 'Rapport', dueAt: '2031-01-02T11:00:00.000Z' }),
      ];
    }
    const file = await written(calendarFile(hostile, one(), 'sv', 'https://desk.kommun.se'));

    // Nothing but CRLF ends a line; no line is longer than 75 octets; no character is cut in two.
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(file).not.toContain('\uFFFD');

    const calendar = new ICAL.Component(ICAL.parse(file));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(asRead(hostile));
    expect(calendar.getFirstPropertyValue('name')).toBe(asRead(hostile));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      '00000000-0000-4000-8000-000000000001@projektdesken',
      '00000000-0000-4000-8000-000000000002@projektdesken',
    ]);
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual([
      `Punkt i checklistan: ${asRead(hostile)}`,
      `Punkt i checklistan: Rapport – ${asRead(hostile)}`,
    ]);
    expect(events.map((e) => e.getFirstPropertyValue('url'))).toEqual([
      'https://desk.kommun.se/projects/p1',
      'https://desk.kommun.se/projects/p1',
    ]);
    expect(calendar.getAllSubcomponents('vcalendar')).toEqual([]);
  });
});
