import { approvedCoFunding } from './approved-co-funding';

describe('approvedCoFunding', () => {
  const years = (cash: number, inKind: number) => [{ year: 2027, cashMinor: cash, inKindMinor: inKind }];
  const budget = { currency: 'SEK' as const, ownCashMinor: 500, ownInKindMinor: null };

  it('sums the approved requests per currency and compares the budget currency with the own contribution', () => {
    expect(
      approvedCoFunding(
        [
          { status: 'approved', currency: 'SEK', years: years(300, 100) },
          { status: 'approved', currency: 'SEK', years: years(100, 0) },
          { status: 'pending', currency: 'SEK', years: years(999, 0) },
          { status: 'approved', currency: 'EUR', years: years(50, 0) },
        ],
        budget,
      ),
    ).toEqual([
      { currency: 'EUR', cashMinor: 50, inKindMinor: 0, cashDifferenceMinor: null, inKindDifferenceMinor: null },
      { currency: 'SEK', cashMinor: 400, inKindMinor: 100, cashDifferenceMinor: -100, inKindDifferenceMinor: 100 },
    ]);
  });

  it('has nothing to show before anything is approved', () => {
    expect(approvedCoFunding([{ status: 'rejected', currency: 'SEK', years: years(1, 1) }], budget)).toEqual([]);
  });
});
