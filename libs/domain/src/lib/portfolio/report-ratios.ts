/**
 * The ratios of the reports, each null where its divisor is 0: "no decided application" is not a
 * success rate of 0 %.
 */

/** Success rate by count: granted / (granted + rejected). Pending and withdrawn ones are not decided. */
export function successRateByCount(granted: number, rejected: number): number | null {
  return granted + rejected === 0 ? null : granted / (granted + rejected);
}

/** Success rate by amount: granted amount / requested amount of the decided applications. */
export function successRateByAmount(grantedMinor: number, requestedDecidedMinor: number): number | null {
  return requestedDecidedMinor === 0 ? null : grantedMinor / requestedDecidedMinor;
}

/**
 * Leverage: external money granted per krona of the municipality's own money in the same granted
 * projects. Own money is the budget's own cash plus own in kind, in the project's currency: the
 * figure in the budget the funder granted, which its co-financing rate is matched against, and
 * the one a coordinator reports to politicians ("every krona we put in brought four"). The
 * approved co-funding requests were not chosen: they exist only where a department was asked,
 * may be in another currency than the grant, and can differ from the budget the grant matched
 * (approvedCoFunding points such differences out to the project instead).
 */
export function leverage(grantedMinor: number, ownMinor: number): number | null {
  return ownMinor === 0 ? null : grantedMinor / ownMinor;
}
