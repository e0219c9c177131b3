/**
 * The fields of a partial update that were actually sent. DTO instances declare every optional
 * field (as undefined) since ES2022 class fields, so spreading one would blank what it omits.
 */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
