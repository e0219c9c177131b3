import { sameValue } from './changed-fields';

/** A field someone else saved a new value to while a person was editing the same record. */
export interface ChangedByOthers {
  /** The field's path: `title`, or `budget.totalMinor` inside a group of fields. */
  field: string;
  /** What the person had in the field when they saved. */
  mine: unknown;
  /** What is saved now. */
  saved: unknown;
  /** The person had changed the field too: their value is the one kept. */
  changedByBoth: boolean;
}

export interface EditConflict<T> {
  /** The person's edit on top of what is saved: their changes, and the saved value everywhere else. */
  merged: T;
  /** The fields whose saved value differs from the person's, in the record's order. */
  changedByOthers: ChangedByOthers[];
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * A person's edit that met a newer version (409 stale_version), sorted out field by field:
 * `loaded` is the record as the person opened it, `mine` what they tried to save, `saved` the
 * record as it is now. Whatever the person changed stays theirs; whatever they left alone takes
 * the saved value, so saving the result again on top of the new version loses neither person's
 * work. Groups of fields (objects, not lists) are compared field by field; a list is one value.
 */
export function editConflict<T extends object>(loaded: T, mine: T, saved: T): EditConflict<T> {
  const changedByOthers: ChangedByOthers[] = [];

  function merge(before: unknown, edited: unknown, now: unknown, path: string): unknown {
    if (isGroup(edited) && isGroup(now)) {
      const group: Record<string, unknown> = {};
      const base = isGroup(before) ? before : {};
      for (const key of new Set([...Object.keys(now), ...Object.keys(edited)]))
        group[key] = merge(base[key], edited[key], now[key], path ? `${path}.${key}` : key);
      return group;
    }
    const mineChanged = !sameValue(edited, before);
    if (!sameValue(now, before) && !sameValue(edited, now))
      changedByOthers.push({ field: path, mine: edited, saved: now, changedByBoth: mineChanged });
    return mineChanged ? edited : now;
  }

  return { merged: merge(loaded, mine, saved, '') as T, changedByOthers };
}
