import { isUUID } from 'class-validator';
import { DEADLINE_KINDS, isCalendarDate, type Deadline, type DeadlineKind } from '@gp/domain';
import { DomainError } from '@gp/api/core';

/** Where a page of deadlines stopped: the last one's place in the order due day, kind, id. */
export interface DeadlinePosition {
  dueOn: string;
  kind: DeadlineKind;
  id: string;
}

/**
 * The cursor is opaque to callers so the order behind it may change; it is the position as
 * base64url JSON, which survives a query string without escaping.
 */
export function cursorAfter(deadline: Pick<Deadline, 'dueOn' | 'kind' | 'id'>): string {
  return Buffer.from(JSON.stringify([deadline.dueOn, deadline.kind, deadline.id])).toString('base64url');
}

/** The position a cursor names; a cursor this API did not give is refused by name (422). */
export function positionOf(cursor: string): DeadlinePosition {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  if (
    Array.isArray(parts) &&
    parts.length === 3 &&
    typeof parts[0] === 'string' &&
    isCalendarDate(parts[0]) &&
    (DEADLINE_KINDS as readonly unknown[]).includes(parts[1]) &&
    typeof parts[2] === 'string' &&
    isUUID(parts[2])
  ) {
    return { dueOn: parts[0], kind: parts[1] as DeadlineKind, id: parts[2] };
  }
  throw DomainError.invalid(
    'cursor',
    'cursor must be the nextCursor of a page of this list; leave it out for the first page',
  );
}
