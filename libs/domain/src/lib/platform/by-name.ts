/**
 * One collator for every list sorted by name: `localeCompare` builds a new one per comparison,
 * which made sorting the filter lists a long task of up to 150 ms on a busy machine (Lighthouse,
 * issue 12). The browser's own language decides the order, as `localeCompare` did.
 */
const collator = new Intl.Collator();

/** Orders records by their `name` as people read names. */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}
