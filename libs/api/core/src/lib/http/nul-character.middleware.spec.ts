import { nulFieldIn } from './nul-character.middleware';

describe('nulFieldIn', () => {
  it('names the first field whose text holds NUL, at any depth', () => {
    expect(nulFieldIn({ title: 'ok', partners: [{ organisation: 'Aarhus\u0000' }] })).toBe(
      'partners.0.organisation',
    );
    expect(nulFieldIn({ q: 'x\u0000' })).toBe('q');
    expect(nulFieldIn('\u0000')).toBe('body');
  });

  it('names a key that holds NUL, written so it can be read', () => {
    expect(nulFieldIn({ budget: { 'total\u0000': 1 } })).toBe('budget.total\\u0000');
  });

  it('finds nothing in clean input, numbers, booleans and null', () => {
    expect(
      nulFieldIn({ title: 'Hållbar', version: 1, isPublic: false, due: null, themes: ['a'] }),
    ).toBeNull();
    expect(nulFieldIn(undefined)).toBeNull();
  });
});
