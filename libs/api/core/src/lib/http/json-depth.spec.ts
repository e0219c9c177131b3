import { jsonDepthExceeds } from './json-depth';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('jsonDepthExceeds', () => {
  it('counts nested objects and arrays', () => {
    expect(jsonDepthExceeds(utf8('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonDepthExceeds(utf8('{"a":[{"b":[[1]]}]}'), 4)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(utf8(JSON.stringify({ title: '[[[[{{{{ "\\" [[[[' })), 2)).toBe(false);
    expect(jsonDepthExceeds(utf8(JSON.stringify({ t: 'a\\', u: [[[1]]] })), 3)).toBe(true);
  });

  it('reads multi-byte UTF-8 text as text', () => {
    expect(jsonDepthExceeds(utf8(JSON.stringify({ title: 'Hållbar «mobilitet» ✓ 😀' })), 1)).toBe(false);
  });

  it('finds 5,000 levels in one pass, stopping at the first level too deep', () => {
    const deep = utf8('['.repeat(5000) + ']'.repeat(5000));
    expect(jsonDepthExceeds(deep)).toBe(true);
    expect(jsonDepthExceeds(utf8('['.repeat(32) + ']'.repeat(32)))).toBe(false);
  });
});
