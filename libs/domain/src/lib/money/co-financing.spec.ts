import { coFinancingSplit, isCoFinancingRate } from './co-financing';
import { money } from './money';

describe('coFinancingSplit', () => {
  it('splits an Interreg Central Baltic budget at 80 %', () => {
    expect(coFinancingSplit(money(100_000_000, 'EUR'), 80)).toEqual({
      grant: money(80_000_000, 'EUR'),
      ownShare: money(20_000_000, 'EUR'),
    });
  });

  it('splits an ESF+ budget whose 46 % co-financing the applicant brings (funder pays 54 %)', () => {
    expect(coFinancingSplit(money(1_000_000_00, 'SEK'), 100 - 46)).toEqual({
      grant: money(54_000_000, 'SEK'),
      ownShare: money(46_000_000, 'SEK'),
    });
  });

  it('rounds the grant down to the cent and gives the rest to the own share', () => {
    expect(coFinancingSplit(money(10_001, 'EUR'), 75)).toEqual({
      grant: money(7_500, 'EUR'),
      ownShare: money(2_501, 'EUR'),
    });
    expect(coFinancingSplit(money(1, 'EUR'), 99.99)).toEqual({
      grant: money(0, 'EUR'),
      ownShare: money(1, 'EUR'),
    });
    expect(coFinancingSplit(money(3, 'NOK'), 66.67)).toEqual({
      grant: money(2, 'NOK'),
      ownShare: money(1, 'NOK'),
    });
  });

  it('is not moved by floating-point error in the rate', () => {
    // 0.1 + 0.2 is 0.30000000000000004: still 0.3 %, and 1 000 000 cents at 0.3 % is 3 000 exactly.
    expect(coFinancingSplit(money(1_000_000, 'EUR'), 0.1 + 0.2).grant).toEqual(money(3_000, 'EUR'));
    // 57.99 * 100 is 5798.999999999999 in a double.
    expect(coFinancingSplit(money(10_000, 'EUR'), 57.99).grant).toEqual(money(5_799, 'EUR'));
  });

  it('keeps grant + ownShare === total for every amount and rate tried', () => {
    for (const total of [0, 1, 2, 3, 7, 99, 101, 10_001, 123_456_789, Number.MAX_SAFE_INTEGER]) {
      for (const rate of [0, 0.01, 33.33, 40, 46, 50, 54, 65, 66.67, 75, 80, 90, 99.99, 100]) {
        const { grant, ownShare } = coFinancingSplit(money(total, 'SEK'), rate);
        expect(grant.amountMinor + ownShare.amountMinor).toBe(total);
        expect(grant.amountMinor).toBeLessThanOrEqual((total * rate) / 100 + 1);
        expect(grant.amountMinor).toBeGreaterThanOrEqual(0);
        expect(ownShare.currency).toBe('SEK');
      }
    }
  });

  it('gives everything or nothing at 100 % and 0 %', () => {
    expect(coFinancingSplit(money(999, 'EUR'), 100)).toEqual({
      grant: money(999, 'EUR'),
      ownShare: money(0, 'EUR'),
    });
    expect(coFinancingSplit(money(999, 'EUR'), 0)).toEqual({
      grant: money(0, 'EUR'),
      ownShare: money(999, 'EUR'),
    });
  });

  it('refuses a negative total and rates outside 0–100 or finer than 0.01', () => {
    expect(() => coFinancingSplit(money(-1, 'EUR'), 80)).toThrow(RangeError);
    for (const rate of [-1, 100.01, Number.NaN, Infinity, 66.666]) {
      expect(() => coFinancingSplit(money(100, 'EUR'), rate)).toThrow(RangeError);
      expect(isCoFinancingRate(rate)).toBe(false);
    }
    expect(isCoFinancingRate('80')).toBe(false);
    expect(isCoFinancingRate(80)).toBe(true);
  });
});
