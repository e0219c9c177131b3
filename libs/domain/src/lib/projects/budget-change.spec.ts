import type { ProjectBudget } from './project.contract';
import { budgetChange, parseBudgetChange } from './budget-change';

const budget: ProjectBudget = {
  currency: 'SEK',
  totalMinor: 120_000_000,
  requestedGrantMinor: 60_000_000,
  ownCashMinor: null,
  ownInKindMinor: null,
  grantedMinor: null,
};

describe('budgetChange', () => {
  it('lists each amount that changed, before and after', () => {
    expect(budgetChange(budget, { ...budget, totalMinor: 150_000_000, ownCashMinor: 5_000_000 })).toEqual({
      currencyBefore: 'SEK',
      currency: 'SEK',
      amounts: [
        { field: 'totalMinor', before: 120_000_000, after: 150_000_000 },
        { field: 'ownCashMinor', before: null, after: 5_000_000 },
      ],
    });
  });

  it('notes a change of currency alone, and nothing for an unchanged budget', () => {
    expect(budgetChange(budget, { ...budget, currency: 'EUR' })).toEqual({
      currencyBefore: 'SEK',
      currency: 'EUR',
      amounts: [],
    });
    expect(budgetChange(budget, { ...budget })).toBeNull();
  });

  it('reads back what it kept, and nothing else', () => {
    const change = budgetChange(budget, { ...budget, grantedMinor: 55_000_000 });
    expect(parseBudgetChange(JSON.stringify(change))).toEqual(change);
    expect(parseBudgetChange('Ett vanligt svar')).toBeNull();
    expect(parseBudgetChange(null)).toBeNull();
  });
});
