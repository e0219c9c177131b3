import type { Role } from '../people/role';
import type { ReminderChannel, ReminderDelivery } from './notification.contract';

/** The reminders that go at once under `mixed`: the day before, the day itself, and overdue. */
export const LAST_REMINDER_DAYS = 1;

/** A person's choice, or the default for everyone: `mixed`. */
export function reminderDeliveryOf(person: {
  roles: readonly Role[];
  reminderDelivery: ReminderDelivery | null;
}): ReminderDelivery {
  return person.reminderDelivery ?? 'mixed';
}

/**
 * Whether one reminder, `offsetDays` before its due day, is emailed at once or waits for the
 * person's daily digest. Under `mixed` only the last ones interrupt: noise is what makes people
 * stop reading reminders.
 */
export function reminderChannelOf(
  person: { roles: readonly Role[]; reminderDelivery: ReminderDelivery | null },
  offsetDays: number,
): ReminderChannel {
  const delivery = reminderDeliveryOf(person);
  if (delivery === 'mixed') return offsetDays <= LAST_REMINDER_DAYS ? 'immediate' : 'digest';
  return delivery;
}
