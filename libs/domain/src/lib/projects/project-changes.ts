import type { ProjectFields } from './project.contract';

/**
 * The fields of an edit whose values differ from the project's now. An edit that sends only
 * what is there changes nothing: the API saves nothing, keeps the version and logs no activity.
 * Lists compare in order (the order of partners and links is the user's); objects compare by
 * their keys' values, whatever order a database gave the keys in.
 */
export function changedProjectFields(
  current: ProjectFields,
  sent: Partial<ProjectFields>,
): Partial<ProjectFields> {
  const changed: Partial<Record<keyof ProjectFields, unknown>> = {};
  for (const key of Object.keys(sent) as Array<keyof ProjectFields>) {
    const value = sent[key];
    if (value !== undefined && !sameValue(value, current[key])) changed[key] = value;
  }
  return changed as Partial<ProjectFields>;
}

/** Deep equality of JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
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
