import { hasAnyRole, isRole } from './role';

describe('roles', () => {
  it('knows the five roles and nothing else', () => {
    expect(['admin', 'coordinator', 'department_head', 'project_lead', 'viewer'].every(isRole)).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('grants when any held role is wanted', () => {
    expect(hasAnyRole(['project_lead', 'department_head'], ['department_head'])).toBe(true);
    expect(hasAnyRole(['viewer'], ['admin', 'coordinator'])).toBe(false);
    expect(hasAnyRole([], ['viewer'])).toBe(false);
  });
});
