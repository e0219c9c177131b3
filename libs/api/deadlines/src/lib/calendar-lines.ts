/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 §3.1), exactly as ical-generator's
 * foldLines does, but without its per-character TextEncoder: that made a feed of 10,000
 * deadlines take seconds. Most lines are short and pass unchanged.
 */
export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 74) return line;
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    octets += size;
    if (octets > 74) {
      folded += '\r\n ';
      octets = size;
    }
    folded += character;
  }
  return folded;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
