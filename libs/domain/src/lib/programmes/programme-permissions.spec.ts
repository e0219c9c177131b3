import { mayEditProgrammes } from './programme-permissions';

describe('mayEditProgrammes', () => {
  it('lets admins and coordinators keep the programmes, and nobody else', () => {
    expect(mayEditProgrammes(['coordinator'])).toBe(true);
    expect(mayEditProgrammes(['admin'])).toBe(true);
    expect(mayEditProgrammes(['department_head', 'project_lead', 'viewer'])).toBe(false);
  });
});
