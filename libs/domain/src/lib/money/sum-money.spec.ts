import { money } from './money';
import { sumMoney, totalsByCurrency } from './sum-money';

describe('sumMoney', () => {
  it('adds amounts of one currency to the cent', () => {
    expect(sumMoney([money(10, 'EUR'), money(20, 'EUR'), money(70, 'EUR')])).toEqual({
      ok: true,
      total: money(100, 'EUR'),
    });
  });

  it('sums an empty list to zero in the currency given', () => {
    expect(sumMoney([], 'SEK')).toEqual({ ok: true, total: money(0, 'SEK') });
    expect(sumMoney([])).toEqual({ ok: false, error: 'no_currency', totals: {} });
  });

  it('refuses to add euros and kronor, and gives the per-currency totals instead', () => {
    const result = sumMoney([money(100, 'EUR'), money(500, 'SEK'), money(50, 'EUR')]);
    expect(result).toEqual({
      ok: false,
      error: 'mixed_currencies',
      totals: { EUR: money(150, 'EUR'), SEK: money(500, 'SEK') },
    });
  });

  it('refuses amounts not in the currency asked for', () => {
    expect(sumMoney([money(100, 'NOK')], 'SEK')).toEqual({
      ok: false,
      error: 'mixed_currencies',
      totals: { NOK: money(100, 'NOK') },
    });
  });

  it('throws rather than lose cents beyond the safe range', () => {
    expect(() => sumMoney([money(Number.MAX_SAFE_INTEGER, 'EUR'), money(1, 'EUR')])).toThrow(RangeError);
  });
});

describe('totalsByCurrency', () => {
  it('totals each currency present, in the order EUR, SEK, NOK', () => {
    const totals = totalsByCurrency([money(3, 'NOK'), money(1, 'EUR'), money(-1, 'NOK'), money(2, 'EUR')]);
    expect(totals).toEqual({ EUR: money(3, 'EUR'), NOK: money(2, 'NOK') });
    expect(Object.keys(totals)).toEqual(['EUR', 'NOK']);
    expect(totalsByCurrency([])).toEqual({});
  });
});
