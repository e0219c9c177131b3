import { hasAnyRole, type Role } from '../people/role';

/**
 * The roles that run the reminders: they read every reminder sent and the reminder rules.
 * Everyone else reads the reminders sent to them.
 */
export const REMINDER_OVERSEER_ROLES: readonly Role[] = ['admin', 'coordinator'];

export function seesEveryonesReminders(roles: readonly Role[]): boolean {
  return hasAnyRole(roles, REMINDER_OVERSEER_ROLES);
}
