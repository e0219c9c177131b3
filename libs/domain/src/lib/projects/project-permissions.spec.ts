import { editsEveryProject, handsProjectAway, mayEditProject } from './project-permissions';

describe('who edits a project', () => {
  const led = { projectLeadId: 'lead-1' };

  it('lets admins and coordinators edit every project', () => {
    expect(mayEditProject({ id: 'x', roles: ['coordinator'] }, led)).toBe(true);
    expect(mayEditProject({ id: 'x', roles: ['admin'] }, { projectLeadId: null })).toBe(true);
    expect(editsEveryProject(['department_head', 'viewer'])).toBe(false);
  });

  it('lets a project lead edit the projects they lead, and no other', () => {
    expect(mayEditProject({ id: 'lead-1', roles: ['project_lead'] }, led)).toBe(true);
    expect(mayEditProject({ id: 'lead-2', roles: ['project_lead'] }, led)).toBe(false);
  });

  it('does not let someone named as lead edit without the project lead role', () => {
    expect(mayEditProject({ id: 'lead-1', roles: ['viewer'] }, led)).toBe(false);
    expect(mayEditProject({ id: null, roles: ['project_lead'] }, { projectLeadId: null })).toBe(false);
  });

  it('says when a lead naming someone else would hand the project out of their hands', () => {
    const lead = { id: 'lead-1', roles: ['project_lead'] as const };
    expect(handsProjectAway(lead, led, 'lead-2')).toBe(true);
    expect(handsProjectAway(lead, led, null)).toBe(true);
    expect(handsProjectAway(lead, led, 'lead-1')).toBe(false);
    // A coordinator who also leads it keeps editing it; someone who cannot edit it hands nothing.
    expect(handsProjectAway({ id: 'lead-1', roles: ['coordinator', 'project_lead'] }, led, 'lead-2')).toBe(
      false,
    );
    expect(handsProjectAway({ id: 'lead-2', roles: ['project_lead'] }, led, 'lead-3')).toBe(false);
  });
});
