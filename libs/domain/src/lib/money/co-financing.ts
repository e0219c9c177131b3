import { money, type Money } from './money';

/** How a budget divides between the funder's grant and the municipality's own share. */
export interface CoFinancingSplit {
  grant: Money;
  ownShare: Money;
}

/**
 * True for a rate in percent the split accepts: 0 to 100 with at most two
 * decimals (66.67 is fine, 66.666 is not, because a rate that precise is a
 * typing slip, not a programme rule).
 */
export function isCoFinancingRate(ratePercent: unknown): ratePercent is number {
  return (
    typeof ratePercent === 'number' &&
    Number.isFinite(ratePercent) &&
    ratePercent >= 0 &&
    ratePercent <= 100 &&
    Math.abs(ratePercent * 100 - Math.round(ratePercent * 100)) < 1e-6
  );
}

/**
 * Splits a total budget by the funder's co-financing rate, the share the
 * funder pays as programmes state it (Interreg Central Baltic 80, AMIF 75).
 * Where a programme states the share the applicant must bring instead, as
 * ESF+ does ("46 % medfinansiering"), pass 100 minus it (54).
 *
 * The grant is rounded down to the minor unit and the own share is the rest,
 * so grant + ownShare === total always and no funder is asked for a cent more
 * than its rate allows. Throws a RangeError for a negative total or a rate
 * isCoFinancingRate refuses.
 */
export function coFinancingSplit(total: Money, ratePercent: number): CoFinancingSplit {
  const checked = money(total.amountMinor, total.currency);
  if (checked.amountMinor < 0) throw new RangeError('A budget total cannot be negative');
  if (!isCoFinancingRate(ratePercent))
    throw new RangeError(`Not a co-financing rate in percent: ${ratePercent}`);

  // Basis points and BigInt: total × rate overflows 2^53 for large totals, and
  // 0.1-style float error would otherwise move a cent across the floor.
  const basisPoints = BigInt(Math.round(ratePercent * 100));
  const grantMinor = Number((BigInt(checked.amountMinor) * basisPoints) / BigInt(10_000));
  return {
    grant: money(grantMinor, checked.currency),
    ownShare: money(checked.amountMinor - grantMinor, checked.currency),
  };
}
