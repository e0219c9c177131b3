import { characterCode, forbiddenCharacterIn, hasNulCharacter, isWellFormedText } from './text-rules';

describe('text rules', () => {
  it('finds NUL anywhere in a text', () => {
    expect(hasNulCharacter('Hållbar\u0000mobilitet')).toBe(true);
    expect(hasNulCharacter('Hållbar mobilitet')).toBe(false);
  });

  it('refuses line breaks, tabs, DEL, C1 controls and the Unicode separators in a one-line text', () => {
    for (const bad of ['\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029'])
      expect(forbiddenCharacterIn(`Titel${bad}BEGIN:VEVENT`, 'single-line')).toBe(bad);
    expect(forbiddenCharacterIn('Hållbar mobilitet – Ærø, Åbo & Čačak', 'single-line')).toBeNull();
  });

  it('lets a text with paragraphs keep tabs and line breaks but no other control character', () => {
    expect(forbiddenCharacterIn('Syfte:\r\n\tFörsta stycket.\n\nAndra.', 'multi-line')).toBeNull();
    expect(forbiddenCharacterIn('Rad\u2028ny rad', 'multi-line')).toBeNull();
    for (const bad of ['\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f'])
      expect(forbiddenCharacterIn(`Syfte${bad}`, 'multi-line')).toBe(bad);
  });

  it('names a character by its code point', () => {
    expect(characterCode('\n')).toBe('U+000A');
    expect(characterCode('\u2028')).toBe('U+2028');
  });

  it('tells a lone surrogate from a character written with a pair', () => {
    expect(isWellFormedText('Hej 😀')).toBe(true);
    expect(isWellFormedText('a\ud800b')).toBe(false);
    expect(isWellFormedText('a\udc00')).toBe(false);
  });
});
