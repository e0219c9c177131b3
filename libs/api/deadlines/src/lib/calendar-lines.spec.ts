import { foldLines as libraryFold } from 'ical-generator';
import { foldLines } from './calendar-lines';

describe('foldLines', () => {
  it('folds exactly as ical-generator does, counting octets, never splitting a character', () => {
    const text = [
      'BEGIN:VEVENT',
      `SUMMARY:Punkt i checklistan: ${'Å'.repeat(60)} – Grön omställning i Tärnaby 🌲🌲🌲 ${'x'.repeat(90)}`,
      'x'.repeat(74),
      'x'.repeat(75),
      `${'x'.repeat(73)}ö`,
      `${'x'.repeat(72)}🌲`,
      'END:VEVENT',
      '',
    ].join('\r\n');
    expect(foldLines(text)).toBe(libraryFold(text));
    expect(foldLines(text)).toContain('\r\n ');
  });

  it('leaves short lines as they are', () => {
    expect(foldLines('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n');
  });
});
