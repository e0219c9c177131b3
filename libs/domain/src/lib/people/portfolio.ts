import { hasAnyRole, type Role } from './role';

/**
 * The roles that read the whole portfolio: coordinators and admins run it, viewers (management,
 * politicians) report on it. Everyone else reads the projects of their departments and their own.
 */
export const PORTFOLIO_READER_ROLES: readonly Role[] = ['admin', 'coordinator', 'viewer'];

export function readsWholePortfolio(roles: readonly Role[]): boolean {
  return hasAnyRole(roles, PORTFOLIO_READER_ROLES);
}
