import type { Currency } from '../money/currency';
import type { CoFundingYear } from './co-funding.contract';
import { DEFAULT_BOARD_AFTER_YEARS, type DelegationLimit } from './decision-body.contract';

/** Who decides a co-funding request: the head alone, the department's committee, or the municipal board. */
export const CO_FUNDING_ROUTES = ['head', 'committee', 'municipal_board'] as const;
export type CoFundingRouteKind = (typeof CO_FUNDING_ROUTES)[number];

/** Why the request goes where it goes, so the head and the requester are told in so many words. */
export type CoFundingRouteReason =
  | 'within_head_limit'
  | 'above_head_limit'
  | 'no_head_limit'
  | 'other_currency'
  | 'spans_years'
  | 'several_departments';

export interface CoFundingRoute {
  route: CoFundingRouteKind;
  reason: CoFundingRouteReason;
  /** What the request asks in total over its years, cash and in kind, in `currency`. */
  totalMinor: number;
  currency: Currency;
  /** The department's delegation as applied: null when none is set. */
  headLimitMinor: number | null;
  limitCurrency: Currency | null;
  boardAfterYears: number;
}

/**
 * The delegation rules of DOMAIN.md ("Internal decision to apply and to co-finance"):
 * - the municipal board decides when the request spans more budget years than the department's
 *   limit (default 3), or when the project asks more than one department;
 * - otherwise the head of administration decides alone up to the department's amount limit
 *   (inclusive), counting cash and in kind over all years;
 * - above it, or when no limit is set, or when the request is in another currency than the limit
 *   (no exchange rate makes an amount "within" a limit), the department's committee decides.
 */
export function routeCoFunding(
  request: { years: readonly CoFundingYear[]; currency: Currency },
  limit: Pick<DelegationLimit, 'headLimitMinor' | 'currency' | 'boardAfterYears'> | null,
  departmentsAsked: number,
): CoFundingRoute {
  const totalMinor = request.years.reduce((sum, y) => sum + y.cashMinor + y.inKindMinor, 0);
  const boardAfterYears = limit?.boardAfterYears ?? DEFAULT_BOARD_AFTER_YEARS;
  const base = {
    totalMinor,
    currency: request.currency,
    headLimitMinor: limit?.headLimitMinor ?? null,
    limitCurrency: limit?.currency ?? null,
    boardAfterYears,
  };
  const yearsAsked = new Set(request.years.filter((y) => y.cashMinor + y.inKindMinor > 0).map((y) => y.year));
  if (yearsAsked.size > boardAfterYears) return { ...base, route: 'municipal_board', reason: 'spans_years' };
  if (departmentsAsked > 1) return { ...base, route: 'municipal_board', reason: 'several_departments' };
  if (limit?.headLimitMinor == null || !limit.currency)
    return { ...base, route: 'committee', reason: 'no_head_limit' };
  if (limit.currency !== request.currency) return { ...base, route: 'committee', reason: 'other_currency' };
  if (totalMinor > limit.headLimitMinor) return { ...base, route: 'committee', reason: 'above_head_limit' };
  return { ...base, route: 'head', reason: 'within_head_limit' };
}
