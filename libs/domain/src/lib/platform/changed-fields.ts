/**
 * The fields of an edit whose values differ from the record's now. An edit that sends only what
 * is there changes nothing: the API saves nothing, keeps the version and runs no side effect.
 * Fields left out (undefined) are not part of the edit. Lists compare in order; objects compare
 * by their keys' values, whatever order a database gave the keys in.
 */
export function changedFields<T extends object>(current: T, sent: Partial<T>): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(sent) as Array<keyof T>) {
    const value = sent[key];
    if (value !== undefined && !sameValue(value, current[key])) changed[key] = value;
  }
  return changed;
}

/** True when an edit changes none of the record's fields. */
export function changesNothing<T extends object>(current: T, sent: Partial<T>): boolean {
  return Object.keys(changedFields(current, sent)).length === 0;
}

/** Deep equality of JSON values, and of instants (a Date has no keys to compare). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    aKeys.length === bKeys.length &&
    aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** True when two lists hold the same members, whatever their order (a set of ids, say). */
export function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  const members = new Set(a);
  return members.size === new Set(b).size && b.every((item) => members.has(item));
}
