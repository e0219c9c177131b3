import { isCurrency } from './currency';
import { isMinorAmount, isMoney, money, zeroMoney } from './money';

describe('money', () => {
  it('knows euro, Swedish and Norwegian kronor and nothing else', () => {
    expect(['EUR', 'SEK', 'NOK'].every(isCurrency)).toBe(true);
    expect(isCurrency('DKK')).toBe(false);
    expect(isCurrency('eur')).toBe(false);
  });

  it('keeps amounts as whole minor units', () => {
    expect(money(125_000_050, 'SEK')).toEqual({ amountMinor: 125_000_050, currency: 'SEK' });
    expect(zeroMoney('EUR')).toEqual({ amountMinor: 0, currency: 'EUR' });
  });

  it('refuses fractions of a cent and integers a double cannot hold exactly', () => {
    expect(() => money(10.5, 'EUR')).toThrow(RangeError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'EUR')).toThrow(RangeError);
    expect(() => money(Number.NaN, 'EUR')).toThrow(RangeError);
    expect(() => money(Infinity, 'EUR')).toThrow(RangeError);
    expect(() => money(1, 'DKK' as never)).toThrow(RangeError);
    expect(money(Number.MAX_SAFE_INTEGER, 'EUR').amountMinor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('has one zero, not a negative one', () => {
    expect(Object.is(money(-0, 'NOK').amountMinor, 0)).toBe(true);
  });

  it('recognises well-formed money from the network', () => {
    expect(isMoney({ amountMinor: 100, currency: 'NOK' })).toBe(true);
    expect(isMoney({ amountMinor: '100', currency: 'NOK' })).toBe(false);
    expect(isMoney({ amountMinor: 1.5, currency: 'NOK' })).toBe(false);
    expect(isMoney({ amountMinor: 100, currency: 'USD' })).toBe(false);
    expect(isMoney(null)).toBe(false);
    expect(isMinorAmount(2 ** 53)).toBe(false);
  });
});
