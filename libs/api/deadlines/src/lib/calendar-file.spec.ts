import type { Deadline } from '@gp/domain';
import { calendarFile } from './calendar-file';

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
});
