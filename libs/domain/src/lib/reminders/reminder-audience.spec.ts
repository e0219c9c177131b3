import { reminderAudiences } from './reminder-audience';

describe('reminderAudiences', () => {
  it('sends co-funding to the department heads, an item to its assignee first, the rest to lead and coordinator', () => {
    expect(reminderAudiences('co_funding')).toEqual(['department_heads']);
    expect(reminderAudiences('checklist_item')).toEqual(['assignee', 'project_lead_and_coordinator']);
    for (const kind of ['call', 'interim_report', 'final_report', 'project_end'] as const)
      expect(reminderAudiences(kind)).toEqual(['project_lead_and_coordinator']);
  });
});
