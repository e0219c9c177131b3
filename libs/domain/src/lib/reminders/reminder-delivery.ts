import type { Role } from '../people/role';
import type { ReminderDelivery } from './notification.contract';

/**
 * A person's choice, or their role's default: department heads get one daily digest (they are
 * asked about many projects), everyone else each reminder as it falls due.
 */
export function reminderDeliveryOf(person: {
  roles: readonly Role[];
  reminderDelivery: ReminderDelivery | null;
}): ReminderDelivery {
  if (person.reminderDelivery) return person.reminderDelivery;
  return person.roles.includes('department_head') ? 'digest' : 'immediate';
}
