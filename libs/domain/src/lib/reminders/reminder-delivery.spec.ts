import { reminderDeliveryOf } from './reminder-delivery';

describe('how reminders reach a person', () => {
  it('gives department heads a daily digest and everyone else each email, until they choose', () => {
    expect(reminderDeliveryOf({ roles: ['department_head'], reminderDelivery: null })).toBe('digest');
    expect(reminderDeliveryOf({ roles: ['coordinator'], reminderDelivery: null })).toBe('immediate');
    expect(reminderDeliveryOf({ roles: ['department_head'], reminderDelivery: 'immediate' })).toBe(
      'immediate',
    );
    expect(reminderDeliveryOf({ roles: ['project_lead'], reminderDelivery: 'digest' })).toBe('digest');
  });
});
