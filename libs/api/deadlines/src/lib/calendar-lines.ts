/**
 * iCalendar's writing rules (RFC 5545 §3.1 and §3.3), the one place an .ics file's text is
 * encoded: every value the desk writes goes through `contentLine` with `textValue` or `uriValue`.
 * Whatever a person typed (a title with line breaks, a `BEGIN:VEVENT` of its own, a semicolon) stays
 * inside its one property and reads back as written.
 */

// Control characters other than the tab have no place in a value (§3.3.11's TSAFE-CHAR); line
// breaks are written as `\n`, the rest dropped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
// eslint-disable-next-line no-control-regex
const URI_UNSAFE = /[\x00-\x20\x7f"]/g;

/**
 * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, each line break (CRLF, CR or LF)
 * as `\n`, other control characters dropped.
 */
export function textValue(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/** A URI value (§3.3.13): a space, quote or control character in it is percent-encoded, never raw. */
export function uriValue(uri: string): string {
  return uri.replace(URI_UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** One property as its content line, CRLF-ended and folded; the value is already encoded. */
export function contentLine(name: string, encodedValue: string): string {
  return `${foldLine(`${name}:${encodedValue}`)}\r\n`;
}

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 §3.1), exactly as ical-generator's
 * foldLines does, but without its per-character TextEncoder: that made a feed of 10,000
 * deadlines take seconds. Most lines are short and pass unchanged. A UTF-8 sequence is never split.
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
