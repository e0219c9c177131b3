import { projectCalendarFileUrl } from './project-calendar-file';

describe('projectCalendarFileUrl', () => {
  it('points at the project calendar file and escapes the id', () => {
    expect(projectCalendarFileUrl('p-1')).toBe('/api/projects/p-1/calendar.ics');
    expect(projectCalendarFileUrl('a/b')).toBe('/api/projects/a%2Fb/calendar.ics');
  });
});
