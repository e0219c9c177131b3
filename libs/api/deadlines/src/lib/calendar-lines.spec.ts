import { foldLines as libraryFold } from 'ical-generator';
import { contentLine, foldLines, textValue, uriValue } from './calendar-lines';

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

  it('never cuts a UTF-8 sequence, whichever octet a fold falls on', () => {
    for (let pad = 60; pad <= 80; pad++) {
      const line = contentLine('SUMMARY', textValue(`${'x'.repeat(pad)}🌲ö€🌲${'x'.repeat(pad)}`));
      const pieces = line.slice(0, -2).split('\r\n');
      for (const piece of pieces) {
        expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(75);
        // A piece that ended inside a character would not survive a round trip through bytes.
        expect(Buffer.from(piece).toString()).toBe(piece);
        expect(piece).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
    }
  });
});

describe('textValue', () => {
  it('escapes the delimiters and writes every line break as \\n', () => {
    expect(textValue('a\\b;c,d:e')).toBe('a\\\\b\\;c\\,d:e');
    expect(textValue('1\r\n2\r3\n4')).toBe('1\\n2\\n3\\n4');
    expect(textValue('\r\nBEGIN:VEVENT')).toBe('\\nBEGIN:VEVENT');
  });

  it('drops control characters but keeps the tab', () => {
    expect(textValue('a\x00b\x01c\x1bd\x7fe\tf')).toBe('abcde\tf');
  });
});

describe('uriValue', () => {
  it('percent-encodes what may not stand raw in a URI', () => {
    expect(uriValue('https://desk.kommun.se/projects/1')).toBe('https://desk.kommun.se/projects/1');
    expect(uriValue('https://x/a b\r\nBEGIN:VEVENT"')).toBe('https://x/a%20b%0D%0ABEGIN:VEVENT%22');
  });
});
