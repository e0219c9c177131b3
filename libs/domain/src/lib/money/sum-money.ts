import { CURRENCIES, type Currency } from './currency';
import { money, type Money } from './money';

/** One total per currency that occurs; a currency with no amounts is absent. */
export type CurrencyTotals = Partial<Record<Currency, Money>>;

/**
 * The total of amounts in one currency, or, when the amounts are in several,
 * a refusal carrying the per-currency totals to show instead: euros and kronor
 * are never added without an exchange rate, and the rate is a decision
 * (InforEuro month, a fixed programme rate) this function cannot make.
 */
export type MoneySum =
  | { ok: true; total: Money }
  | { ok: false; error: 'mixed_currencies'; totals: CurrencyTotals }
  | { ok: false; error: 'no_currency'; totals: CurrencyTotals };

/**
 * Adds amounts of one currency. The currency is the first amount's unless
 * given; an empty list sums to zero in the given currency, and to the
 * `no_currency` refusal when there is none to give.
 *
 * Throws a RangeError when the total leaves the safe integer range, which no
 * municipal budget comes near.
 */
export function sumMoney(
  list: readonly Money[],
  currency: Currency | undefined = list[0]?.currency,
): MoneySum {
  if (currency === undefined) return { ok: false, error: 'no_currency', totals: {} };
  if (list.some((item) => item.currency !== currency)) {
    return { ok: false, error: 'mixed_currencies', totals: totalsByCurrency(list) };
  }
  return { ok: true, total: money(addMinor(list), currency) };
}

/** One total per currency, in the order of CURRENCIES, for lists that mix them (the portfolio). */
export function totalsByCurrency(list: readonly Money[]): CurrencyTotals {
  const totals: CurrencyTotals = {};
  for (const currency of CURRENCIES) {
    const inCurrency = list.filter((item) => item.currency === currency);
    if (inCurrency.length > 0) totals[currency] = money(addMinor(inCurrency), currency);
  }
  return totals;
}

function addMinor(list: readonly Money[]): number {
  return list.reduce((total, item) => total + money(item.amountMinor, item.currency).amountMinor, 0);
}
