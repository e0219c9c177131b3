import type { Language } from '../people/language';
import type { Currency } from './currency';
import { parseMoneyInput } from './parse-money-input';

function minor(text: string, locale: Language, currency: Currency = 'SEK'): number | string {
  const result = parseMoneyInput(text, currency, locale);
  return result.ok ? result.money.amountMinor : result.error;
}

describe('parseMoneyInput', () => {
  it('reads plain and space-grouped amounts, with any kind of space', () => {
    for (const locale of ['sv', 'nb', 'en'] as const) {
      expect(minor('1250000', locale)).toBe(125_000_000);
      expect(minor('1 250 000', locale)).toBe(125_000_000);
      expect(minor('1\u00a0250\u00a0000', locale)).toBe(125_000_000);
      expect(minor('1\u202f250\u202f000', locale)).toBe(125_000_000);
      expect(minor('  42  ', locale)).toBe(4_200);
    }
  });

  it('reads Swedish and Norwegian decimals and dot grouping', () => {
    for (const locale of ['sv', 'nb'] as const) {
      expect(minor('1250000,50', locale)).toBe(125_000_050);
      expect(minor('1 250 000,5', locale)).toBe(125_000_050);
      expect(minor('1.250.000,50', locale)).toBe(125_000_050);
      expect(minor('1.250.000', locale)).toBe(125_000_000);
      expect(minor('1.250', locale)).toBe(125_000);
      expect(minor(',50', locale)).toBe(50);
    }
  });

  it('reads English decimals and comma grouping', () => {
    expect(minor('1,250,000.50', 'en')).toBe(125_000_050);
    expect(minor('1250000.5', 'en')).toBe(125_000_050);
    expect(minor('1,250,000', 'en')).toBe(125_000_000);
    expect(minor('1,250', 'en')).toBe(125_000);
    expect(minor('.05', 'en')).toBe(5);
  });

  it('understands the other convention when the separators leave no doubt', () => {
    expect(minor('1,250,000.50', 'sv')).toBe(125_000_050);
    expect(minor('1.250.000,50', 'en')).toBe(125_000_050);
    expect(minor('1250.50', 'sv')).toBe(125_050);
    expect(minor('1250,50', 'en')).toBe(125_050);
  });

  it('accepts the currency sign or word before or after, in any case', () => {
    expect(minor('1 250 000 kr', 'sv')).toBe(125_000_000);
    expect(minor('1 250 000 SEK', 'sv')).toBe(125_000_000);
    expect(minor('1 250:-', 'sv')).toBe(125_000);
    expect(minor('SEK 1,250,000', 'en')).toBe(125_000_000);
    expect(minor('12 500 €', 'sv', 'EUR')).toBe(1_250_000);
    expect(minor('€12,500.50', 'en', 'EUR')).toBe(1_250_050);
    expect(minor('12500 eur', 'nb', 'EUR')).toBe(1_250_000);
    expect(minor('1 250 000 kr', 'nb', 'NOK')).toBe(125_000_000);
    expect(minor('1 250,-', 'nb', 'NOK')).toBe(125_000);
    expect(minor('NOK 1 250', 'nb', 'NOK')).toBe(125_000);
    expect(minor('12 500 Nkr', 'sv', 'NOK')).toBe(1_250_000);
  });

  it('reads back what formatMoney writes', () => {
    expect(minor('1\u00a0250\u00a0000,50\u00a0kr', 'sv')).toBe(125_000_050);
    expect(minor('NOK\u00a01,250,000', 'en', 'NOK')).toBe(125_000_000);
  });

  it('refuses another currency’s sign', () => {
    expect(minor('12 500 €', 'sv', 'SEK')).toBe('wrong_currency');
    expect(minor('1 250 kr', 'sv', 'EUR')).toBe('wrong_currency');
    expect(minor('100 nkr', 'sv', 'SEK')).toBe('wrong_currency');
    expect(minor('NOK 100', 'en', 'SEK')).toBe('wrong_currency');
  });

  it('refuses text that is not an amount', () => {
    for (const text of [
      '',
      '   ',
      'kr',
      'abc',
      '12a',
      '1,2,3',
      '12.50.000',
      '1.250,000.50',
      '1250,',
      '1 250 kr kr',
      '--5',
      '1e6',
    ]) {
      expect([text, minor(text, 'sv')]).toEqual([text, 'not_a_number']);
    }
  });

  it('refuses more than two decimals, counted as typed', () => {
    expect(minor('1,255', 'sv')).toBe('too_many_decimals');
    // "1,250" in Swedish is 1,25 kr written oddly or 1 250 written the English way: ask.
    expect(minor('1,250', 'sv')).toBe('too_many_decimals');
    expect(minor('1.250', 'en')).toBe('too_many_decimals');
    expect(minor('0.001', 'en', 'EUR')).toBe('too_many_decimals');
  });

  it('refuses negative amounts, however the minus is written', () => {
    expect(minor('-1 250', 'sv')).toBe('negative');
    expect(minor('\u22121\u00a0250\u00a0kr', 'sv')).toBe('negative');
    expect(minor('-€1,250', 'en', 'EUR')).toBe('negative');
    expect(minor('+1 250', 'sv')).toBe(125_000);
  });

  it('refuses amounts beyond what is stored exactly', () => {
    expect(minor('90071992547409,91', 'sv')).toBe(Number.MAX_SAFE_INTEGER);
    expect(minor('90071992547409,92', 'sv')).toBe('too_large');
    expect(minor('1000000000000000000000', 'sv')).toBe('too_large');
  });

  it('returns the currency it was asked for', () => {
    expect(parseMoneyInput('12 500', 'EUR', 'sv')).toEqual({
      ok: true,
      money: { amountMinor: 1_250_000, currency: 'EUR' },
    });
  });
});
