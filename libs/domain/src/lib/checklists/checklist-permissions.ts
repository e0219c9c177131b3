import { hasAnyRole, type Role } from '../people/role';

/** Admins and coordinators keep the programmes' checklist templates. */
export const TEMPLATE_EDITOR_ROLES: readonly Role[] = ['admin', 'coordinator'];

export function mayEditChecklistTemplates(roles: readonly Role[]): boolean {
  return hasAnyRole(roles, TEMPLATE_EDITOR_ROLES);
}
