import { hasAnyRole, type Role } from '../people/role';

/**
 * The roles that work on projects and so write notes. A viewer (management, politicians) reads the
 * thread of every project but writes in none: the thread is the working conversation.
 */
export const NOTE_WRITER_ROLES: readonly Role[] = ['admin', 'coordinator', 'department_head', 'project_lead'];

/**
 * Admins and coordinators may delete anyone's note: they keep the desk's threads fit to read,
 * e.g. a note written on the wrong project or one holding personal data that must go (GDPR).
 * Nobody edits another person's words, so edits stay the author's own.
 */
export const NOTE_MODERATOR_ROLES: readonly Role[] = ['admin', 'coordinator'];

/**
 * The roles through which a person writes notes: their roles without `viewer`. A person writes on
 * a project when these roles alone let them read it (the API asks its reader scope with them), so
 * holding `viewer` beside `project_lead` does not open other departments' threads for writing.
 */
export function noteWritingRoles(roles: readonly Role[]): Role[] {
  return roles.filter((role) => NOTE_WRITER_ROLES.includes(role));
}

/** Whether the person works on projects at all; on a given project, also that these roles read it. */
export function mayWriteNotes(roles: readonly Role[]): boolean {
  return hasAnyRole(roles, NOTE_WRITER_ROLES);
}

/** Only the author changes a note's text. */
export function mayEditNote(person: { id: string }, note: { authorId: string | null }): boolean {
  return note.authorId !== null && note.authorId === person.id;
}

/** The author deletes their own note; an admin or coordinator deletes any (NOTE_MODERATOR_ROLES). */
export function mayDeleteNote(
  person: { id: string; roles: readonly Role[] },
  note: { authorId: string | null },
): boolean {
  return mayEditNote(person, note) || hasAnyRole(person.roles, NOTE_MODERATOR_ROLES);
}
