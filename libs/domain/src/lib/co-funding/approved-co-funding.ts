import type { Currency } from '../money/currency';
import type { ProjectBudget } from '../projects/project.contract';
import type { CoFundingRequest } from './co-funding.contract';

/** What the departments have approved for a project in one currency, beside the budget's own contribution. */
export interface ApprovedCoFunding {
  currency: Currency;
  cashMinor: number;
  inKindMinor: number;
  /** Only when the budget is in the same currency: approved less the budget's own contribution (null fields count as 0). */
  cashDifferenceMinor: number | null;
  inKindDifferenceMinor: number | null;
}

/**
 * The approved co-funding per currency, compared with the project budget's own contribution
 * (cash and in kind) where the currency is the budget's: no exchange rate makes other currencies
 * comparable. A difference is pointed out to the project, never corrected for it.
 */
export function approvedCoFunding(
  requests: ReadonlyArray<Pick<CoFundingRequest, 'status' | 'currency' | 'years'>>,
  budget: Pick<ProjectBudget, 'currency' | 'ownCashMinor' | 'ownInKindMinor'>,
): ApprovedCoFunding[] {
  const sums = new Map<Currency, { cashMinor: number; inKindMinor: number }>();
  for (const request of requests) {
    if (request.status !== 'approved') continue;
    const sum = sums.get(request.currency) ?? { cashMinor: 0, inKindMinor: 0 };
    for (const y of request.years) {
      sum.cashMinor += y.cashMinor;
      sum.inKindMinor += y.inKindMinor;
    }
    sums.set(request.currency, sum);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => {
      const same = currency === budget.currency;
      return {
        currency,
        ...sum,
        cashDifferenceMinor: same ? sum.cashMinor - (budget.ownCashMinor ?? 0) : null,
        inKindDifferenceMinor: same ? sum.inKindMinor - (budget.ownInKindMinor ?? 0) : null,
      };
    });
}
