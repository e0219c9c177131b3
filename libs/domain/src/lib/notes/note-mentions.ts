import type { NotePerson } from './note.contract';

/** How a mention reads in a note's text: `@` and the person's name, as the picker writes it. */
export function mentionToken(name: string): string {
  return `@${name}`;
}

// A token ends where the name ends: "@Anna Berg," mentions Anna Berg, "@Anna Bergström" does not.
const WORD_CHARACTER = /[\p{L}\p{N}_-]/u;

/** Where each `@Name` of the given people stands in the text, as [start, end) ranges. */
function tokenRanges(text: string, name: string): Array<[number, number]> {
  const token = mentionToken(name);
  const ranges: Array<[number, number]> = [];
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    const end = at + token.length;
    if (end < text.length && WORD_CHARACTER.test(text[end])) continue;
    ranges.push([at, end]);
  }
  return ranges;
}

/** Whether the text mentions the person: their `@Name` stands in it as a whole name. */
export function mentions(text: string, person: { name: string }): boolean {
  return person.name.trim() !== '' && tokenRanges(text, person.name).length > 0;
}

/**
 * The picked people whose `@Name` is still in the text, each once: a mention deleted from the text
 * before saving is no mention, and nobody is emailed for it.
 */
export function mentionedIn<T extends NotePerson>(text: string, picked: readonly T[]): T[] {
  const seen = new Set<string>();
  return picked.filter((person) => {
    if (seen.has(person.id) || !mentions(text, person)) return false;
    seen.add(person.id);
    return true;
  });
}

/** The people an edit newly mentions: only they are emailed; the others heard of the note already. */
export function newlyMentioned(alreadyToldIds: readonly string[], mentionIds: readonly string[]): string[] {
  return [...new Set(mentionIds)].filter((id) => !alreadyToldIds.includes(id));
}

/** A piece of a note's text as the thread shows it: plain text, or a mention of a person. */
export type NoteSegment = { text: string; person?: NotePerson };

/**
 * The text cut into plain pieces and mentions, so the thread can mark who is mentioned. Where two
 * names overlap ("@Anna" and "@Anna Berg"), the longer one wins.
 */
export function noteSegments(text: string, people: readonly NotePerson[]): NoteSegment[] {
  const found = people
    .flatMap((person) => tokenRanges(text, person.name).map(([start, end]) => ({ start, end, person })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: NoteSegment[] = [];
  let at = 0;
  for (const { start, end, person } of found) {
    if (start < at) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), person });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
