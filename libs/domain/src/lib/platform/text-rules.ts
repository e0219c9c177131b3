/**
 * Which characters a text may hold. PostgreSQL's text cannot store U+0000 at all, and control
 * characters in a one-line text (a title, a name) break the formats it is written into later: a
 * line break in a title becomes a new line of an .ics file or an email header. The API's DTOs and
 * the web's forms both ask these, so a form never accepts what the API refuses.
 */

/** A one-line text (title, name) or a text with paragraphs (purpose, comment, description). */
export type TextKind = 'single-line' | 'multi-line';

const NUL = '\u0000';

/**
 * C0 controls, DEL and the C1 controls, and the Unicode line and paragraph separators, which
 * JavaScript and many parsers treat as line breaks.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const NOT_IN_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** In a text with paragraphs, tab, line feed and carriage return are what people type. */
// eslint-disable-next-line no-control-regex -- as above
const NOT_IN_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Half of a UTF-16 surrogate pair without its other half: no character at all. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether a text is well-formed Unicode. JSON can carry a lone surrogate (`"\ud800"`), which
 * some validators choke on and PostgreSQL would silently store as U+FFFD.
 */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Whether a text holds U+0000, which no field anywhere accepts. */
export function hasNulCharacter(text: string): boolean {
  return text.includes(NUL);
}

/** The first character a text of that kind may not hold, or null when it has none. */
export function forbiddenCharacterIn(text: string, kind: TextKind): string | null {
  const found = (kind === 'single-line' ? NOT_IN_SINGLE_LINE : NOT_IN_MULTI_LINE).exec(text);
  return found ? found[0] : null;
}

/** A character as people can read it in an error message, e.g. `U+000A`. */
export function characterCode(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
