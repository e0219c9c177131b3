import { seesEveryonesReminders } from './reminder-overseers';

describe('seesEveryonesReminders', () => {
  it('is true for admins and coordinators, not for viewers, heads or project leads', () => {
    expect(seesEveryonesReminders(['admin'])).toBe(true);
    expect(seesEveryonesReminders(['coordinator'])).toBe(true);
    expect(seesEveryonesReminders(['viewer', 'department_head', 'project_lead'])).toBe(false);
  });
});
