import { formatMoney } from './format-money';
import { money } from './money';

// Intl keeps an amount on one line: groups are separated by a no-break space
// (U+00A0 in Node 20's ICU) and sv/nb write minus as U+2212, not "-".
const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatMoney', () => {
  it('writes Swedish amounts with spaces and the sign after', () => {
    expect(formatMoney(money(125_000_000, 'SEK'), 'sv')).toBe(`1${NBSP}250${NBSP}000${NBSP}kr`);
    expect(formatMoney(money(1_250_000, 'EUR'), 'sv')).toBe(`12${NBSP}500${NBSP}€`);
    expect(formatMoney(money(1_250_000, 'NOK'), 'sv')).toBe(`12${NBSP}500${NBSP}Nkr`);
  });

  it('writes Norwegian amounts the same way, with kr for kroner and SEK for Swedish kronor', () => {
    expect(formatMoney(money(125_000_000, 'NOK'), 'nb')).toBe(`1${NBSP}250${NBSP}000${NBSP}kr`);
    expect(formatMoney(money(1_250_000, 'EUR'), 'nb')).toBe(`12${NBSP}500${NBSP}€`);
    expect(formatMoney(money(1_250_000, 'SEK'), 'nb')).toBe(`12${NBSP}500${NBSP}SEK`);
  });

  it('writes British English amounts with commas and the sign before', () => {
    expect(formatMoney(money(1_250_000, 'EUR'), 'en')).toBe('€12,500');
    expect(formatMoney(money(125_000_000, 'SEK'), 'en')).toBe(`SEK${NBSP}1,250,000`);
    expect(formatMoney(money(125_000_000, 'NOK'), 'en')).toBe(`NOK${NBSP}1,250,000`);
  });

  it('shows decimals only when there are cents', () => {
    expect(formatMoney(money(125_000_050, 'SEK'), 'sv')).toBe(`1${NBSP}250${NBSP}000,50${NBSP}kr`);
    expect(formatMoney(money(125_000_005, 'NOK'), 'nb')).toBe(`1${NBSP}250${NBSP}000,05${NBSP}kr`);
    expect(formatMoney(money(125_000_050, 'EUR'), 'en')).toBe('€1,250,000.50');
    expect(formatMoney(money(5, 'EUR'), 'en')).toBe('€0.05');
    expect(formatMoney(money(99_900, 'EUR'), 'sv')).toBe(`999${NBSP}€`);
  });

  it('writes zero and negative amounts', () => {
    expect(formatMoney(money(0, 'SEK'), 'sv')).toBe(`0${NBSP}kr`);
    expect(formatMoney(money(-125_050, 'SEK'), 'sv')).toBe(`${MINUS}1${NBSP}250,50${NBSP}kr`);
    expect(formatMoney(money(-125_000, 'NOK'), 'nb')).toBe(`${MINUS}1${NBSP}250${NBSP}kr`);
    expect(formatMoney(money(-125_000, 'EUR'), 'en')).toBe('-€1,250');
  });

  it('formats the largest safe amount to the cent', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'EUR'), 'en')).toBe('€90,071,992,547,409.91');
  });

  it('refuses malformed money instead of printing it', () => {
    expect(() => formatMoney({ amountMinor: 0.5, currency: 'EUR' }, 'en')).toThrow(RangeError);
  });
});
