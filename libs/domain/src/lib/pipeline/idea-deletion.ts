import { hasAnyRole, type Role } from '../people/role';
import type { Stage } from './stage';

/** Who deletes any idea; anyone else only the ideas they registered themselves. */
export const IDEA_DELETER_ROLES: readonly Role[] = ['admin', 'coordinator'];

/** Who sees deleted ideas and restores them. */
export const IDEA_RESTORER_ROLES: readonly Role[] = ['admin'];

/** How long a deleted idea can be restored; after that it is purged for good. */
export const IDEA_RESTORE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why an idea may not be deleted, or null when it may. */
export type IdeaDeletionBar = 'forbidden' | 'not_an_idea' | null;

/**
 * Whether the person may delete the project: only an idea (once it has left the idea stage it has
 * a history others rely on: a checklist, co-funding asked, a submission), and only its creator or
 * a coordinator or admin. Whether they may read it at all is the caller's question (404 first).
 */
export function ideaDeletionBar(
  person: { id: string | null; roles: readonly Role[] },
  project: { stage: Stage; createdById: string | null },
): IdeaDeletionBar {
  const creator = person.id !== null && project.createdById === person.id;
  if (!creator && !hasAnyRole(person.roles, IDEA_DELETER_ROLES)) return 'forbidden';
  if (project.stage !== 'idea') return 'not_an_idea';
  return null;
}

/** The last instant a deleted idea can be restored. */
export function restorableUntil(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + IDEA_RESTORE_DAYS * DAY_MS);
}

/** True while the deleted idea can still be restored. */
export function isRestorable(deletedAt: Date, now: Date): boolean {
  return now.getTime() < restorableUntil(deletedAt).getTime();
}

/** Ideas deleted before this instant are purged. */
export function purgeDeletedBefore(now: Date): Date {
  return new Date(now.getTime() - IDEA_RESTORE_DAYS * DAY_MS);
}
