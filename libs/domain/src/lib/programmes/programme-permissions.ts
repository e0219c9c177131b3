import { hasAnyRole, type Role } from '../people/role';

/** Admins and coordinators keep the programmes and their calls; everyone signed in reads them. */
export const PROGRAMME_EDITOR_ROLES: readonly Role[] = ['admin', 'coordinator'];

export function mayEditProgrammes(roles: readonly Role[]): boolean {
  return hasAnyRole(roles, PROGRAMME_EDITOR_ROLES);
}
