import { hasAnyRole, type Role } from '../people/role';

/** The roles that edit and move every project; project leads edit and move the ones they lead. */
export const PROJECT_EDITOR_ROLES: readonly Role[] = ['admin', 'coordinator'];

/** The roles that may register a new idea. */
export const IDEA_CREATOR_ROLES: readonly Role[] = ['admin', 'coordinator', 'project_lead'];

export function editsEveryProject(roles: readonly Role[]): boolean {
  return hasAnyRole(roles, PROJECT_EDITOR_ROLES);
}

/** Whether a person may edit and move a project: an editor of every project, or its own project lead. */
export function mayEditProject(
  person: { id: string | null; roles: readonly Role[] },
  project: { projectLeadId: string | null },
): boolean {
  return (
    editsEveryProject(person.roles) ||
    (person.roles.includes('project_lead') && person.id !== null && project.projectLeadId === person.id)
  );
}

/**
 * Whether saving the project with this lead takes it out of the person's hands: they edit it only
 * as its lead, and would no longer be its lead. Only an editor of every project could give it back,
 * so the page asks first.
 */
export function handsProjectAway(
  person: { id: string | null; roles: readonly Role[] },
  project: { projectLeadId: string | null },
  newLeadId: string | null,
): boolean {
  return mayEditProject(person, project) && !mayEditProject(person, { projectLeadId: newLeadId });
}
