/** A project's budget as its form holds it: amounts in whole units or minor units alike, or null. */
export interface BudgetAmounts {
  total: number | null;
  requestedGrant: number | null;
  ownCash: number | null;
  ownInKind: number | null;
}

/** How the budget divides: the grant's and the own share's percent of the total, and what is over it. */
export interface BudgetShares {
  grant: number;
  own: number;
  /** Percent by which grant and own share together pass the total; 0 when they do not. */
  overBy: number;
}

const twoDecimals = (n: number) => Math.round(n * 100) / 100;

/**
 * The grant's and the own share's part of the total budget, in percent; null without a total.
 * Together they should make the total: more is a budget that asks for money it does not spend
 * (`overBy`), which the project page warns about before anyone applies with it.
 */
export function budgetShares(budget: BudgetAmounts): BudgetShares | null {
  const total = budget.total ?? 0;
  if (total <= 0) return null;
  const grant = ((budget.requestedGrant ?? 0) / total) * 100;
  const own = (((budget.ownCash ?? 0) + (budget.ownInKind ?? 0)) / total) * 100;
  return {
    grant: twoDecimals(grant),
    own: twoDecimals(own),
    overBy: twoDecimals(Math.max(0, grant + own - 100)),
  };
}
