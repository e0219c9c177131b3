import type { Country } from '../co-funding/decision-body.contract';
import { isCurrency, type Currency } from '../money/currency';
import type { ReportingCurrency } from './report.contract';

/** Decimals a rate may carry: InforEuro publishes four, central banks up to six. */
export const RATE_MOST_DECIMALS = 6;

/** Where a rate comes from (InforEuro, Riksbanken, Norges Bank…): required, one line. */
export const EXCHANGE_RATE_SOURCE_LIMIT = { min: 1, max: 200 } as const;

/** The organisation's reporting currency: the krona of its country. */
export function reportingCurrencyOf(country: Country): ReportingCurrency {
  return country === 'NO' ? 'NOK' : 'SEK';
}

/** Whether a value is a month written YYYY-MM, e.g. 2027-03. */
export function isRateMonth(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return false;
  return Number(value.slice(0, 4)) >= 1000;
}

/**
 * Whether a rate is a number above 0 with at most six decimals: it must read back the same after
 * rounding to six decimals (class-validator's maxDecimalPlaces throws on 1e-7).
 */
export function isExchangeRate(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 1e9) return false;
  return Number(value.toFixed(RATE_MOST_DECIMALS)) === value;
}

/** What is wrong with a rate someone wants to keep, naming the field, or null when it may be kept. */
export function exchangeRateInputProblem(
  input: { currency: unknown; month: unknown; rate: unknown },
  reporting: ReportingCurrency,
): { field: 'currency' | 'month' | 'rate'; message: string } | null {
  if (!isCurrency(input.currency)) return { field: 'currency', message: 'currency must be one of EUR, SEK, NOK' };
  if (input.currency === reporting)
    return {
      field: 'currency',
      message: `currency must not be ${reporting}: amounts in the reporting currency need no rate`,
    };
  if (!isRateMonth(input.month)) return { field: 'month', message: 'month must be a month written YYYY-MM, such as 2027-03' };
  if (!isExchangeRate(input.rate))
    return {
      field: 'rate',
      message: `rate must be a number above 0 with at most ${RATE_MOST_DECIMALS} decimals, such as 11.0925`,
    };
  return null;
}

/**
 * An amount in minor units of `currency` in the reporting currency's minor units: the rate taken
 * to its six decimals and the product rounded half away from zero to whole öre, exactly as
 * PostgreSQL's ROUND(amount * rate) on numeric does (report-sql.ts sums that).
 */
export function toReportingMinor(amountMinor: number, rate: number): number {
  const micro = BigInt(Math.round(rate * 10 ** RATE_MOST_DECIMALS));
  const product = BigInt(amountMinor) * micro;
  const half = 500_000n;
  const whole = product >= 0n ? (product + half) / 1_000_000n : (product - half) / 1_000_000n;
  return Number(whole);
}

/** Whether an amount in `currency` needs a rate: one already in the reporting currency does not. */
export function needsRate(currency: Currency, reporting: ReportingCurrency): boolean {
  return currency !== reporting;
}
