import { readsWholePortfolio } from './portfolio';

describe('readsWholePortfolio', () => {
  it('is true for admins, coordinators and viewers', () => {
    expect(readsWholePortfolio(['admin'])).toBe(true);
    expect(readsWholePortfolio(['coordinator'])).toBe(true);
    expect(readsWholePortfolio(['viewer'])).toBe(true);
    expect(readsWholePortfolio(['project_lead', 'viewer'])).toBe(true);
  });

  it('is false for heads and project leads, who read their departments and their own', () => {
    expect(readsWholePortfolio(['department_head'])).toBe(false);
    expect(readsWholePortfolio(['project_lead'])).toBe(false);
    expect(readsWholePortfolio([])).toBe(false);
  });
});
