import type { Currency } from '../money/currency';
import type { ProjectBudget } from './project.contract';

export const BUDGET_AMOUNTS = [
  'totalMinor',
  'requestedGrantMinor',
  'ownCashMinor',
  'ownInKindMinor',
  'grantedMinor',
] as const;
export type BudgetAmount = (typeof BUDGET_AMOUNTS)[number];

/** One saved change to a budget, as the activity log keeps it: each amount before and after. */
export interface BudgetChange {
  currencyBefore: Currency;
  currency: Currency;
  amounts: Array<{ field: BudgetAmount; before: number | null; after: number | null }>;
}

/** What a save changed in a budget, or null when nothing did. */
export function budgetChange(before: ProjectBudget, after: ProjectBudget): BudgetChange | null {
  const amounts = BUDGET_AMOUNTS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
  if (amounts.length === 0 && before.currency === after.currency) return null;
  return { currencyBefore: before.currency, currency: after.currency, amounts };
}

/** The change kept in an activity line, or null for a line that holds something else. */
export function parseBudgetChange(text: string | null): BudgetChange | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as BudgetChange;
    return Array.isArray(parsed.amounts) && typeof parsed.currency === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
