import type { Role } from '../people/role';
import { IDEA_CREATOR_ROLES, mayEditProject } from '../projects/project-permissions';

/** The roles that may upload to a project, replace and remove its documents (the service checks which project). */
export const DOCUMENT_EDITOR_ROLES: readonly Role[] = IDEA_CREATOR_ROLES;

/** The roles that may attach to a checklist item: its editors, and a department head it is assigned to. */
export const DOCUMENT_ATTACHER_ROLES: readonly Role[] = ['admin', 'coordinator', 'project_lead', 'department_head'];

/**
 * Who adds, replaces and removes a project's documents: whoever edits the project (its project
 * lead, a coordinator, an admin). Reading follows reading the project: a viewer downloads, a
 * project lead of another department does not even see that the project exists.
 */
export function mayChangeDocuments(
  person: { id: string | null; roles: readonly Role[] },
  project: { projectLeadId: string | null },
): boolean {
  return mayEditProject(person, project);
}

/**
 * Who attaches a document to a checklist item: those who change the project's documents, and the
 * person the item is assigned to (a partner's declaration is often collected by a colleague), as
 * long as they are not only a viewer.
 */
export function mayAttachToChecklistItem(
  person: { id: string | null; roles: readonly Role[] },
  project: { projectLeadId: string | null },
  item: { assigneeId: string | null },
): boolean {
  if (mayChangeDocuments(person, project)) return true;
  const writes = person.roles.some((role) => role !== 'viewer');
  return writes && person.id !== null && item.assigneeId === person.id;
}
