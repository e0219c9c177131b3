import { reminderChannelOf, reminderDeliveryOf } from './reminder-delivery';

describe('how reminders reach a person', () => {
  it('gathers the earlier reminders into the digest and sends the last ones at once, until the person chooses', () => {
    const head = { roles: ['department_head'] as const, reminderDelivery: null };
    expect(reminderDeliveryOf(head)).toBe('mixed');
    expect(reminderChannelOf(head, 30)).toBe('digest');
    expect(reminderChannelOf(head, 3)).toBe('digest');
    expect(reminderChannelOf(head, 1)).toBe('immediate');
    expect(reminderChannelOf(head, 0)).toBe('immediate');
    expect(reminderChannelOf(head, -1)).toBe('immediate');
  });

  it('follows a choice of every reminder at once, or all in the digest', () => {
    expect(reminderChannelOf({ roles: ['coordinator'], reminderDelivery: 'immediate' }, 30)).toBe(
      'immediate',
    );
    expect(reminderChannelOf({ roles: ['project_lead'], reminderDelivery: 'digest' }, -1)).toBe('digest');
  });
});
