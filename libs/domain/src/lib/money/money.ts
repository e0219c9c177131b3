import { isCurrency, type Currency } from './currency';

/**
 * An amount as integer minor units (cents, öre) with its currency. Integers because
 * 0.1 + 0.2 !== 0.3; minor units because that is what PostgreSQL stores as bigint.
 */
export interface Money {
  amountMinor: number;
  currency: Currency;
}

/** True for a whole number of minor units that a double holds exactly. */
export function isMinorAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** True for a well-formed Money, e.g. a body received from the network. */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Money>;
  return isMinorAmount(candidate.amountMinor) && isCurrency(candidate.currency);
}

/**
 * Makes a Money, throwing a RangeError for a fraction or an integer beyond
 * Number.MAX_SAFE_INTEGER: either would silently lose cents later.
 */
export function money(amountMinor: number, currency: Currency): Money {
  if (!isMinorAmount(amountMinor)) {
    throw new RangeError(`Money needs a safe integer of minor units, got ${amountMinor}`);
  }
  if (!isCurrency(currency)) throw new RangeError(`Unknown currency ${String(currency)}`);
  // -0 would print as "-0 kr" in some places; there is only one zero in a budget.
  return { amountMinor: amountMinor === 0 ? 0 : amountMinor, currency };
}

/** Nothing, in a currency: the start of a sum. */
export function zeroMoney(currency: Currency): Money {
  return money(0, currency);
}
