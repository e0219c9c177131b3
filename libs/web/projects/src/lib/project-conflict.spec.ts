import { conflictRows, type ConflictWords } from './project-conflict';

const words: ConflictWords = {
  departments: [{ id: 'd1', name: 'Kultur', version: 1 } as never],
  programmes: [{ id: 'p1', name: 'Erasmus+', calls: [{ id: 'c1', title: 'KA2 2027' }] } as never],
  people: [{ id: 'u1', name: 'Jonas Ek', roles: [], departmentIds: [] }],
  translate: (key, params) => (params ? `${key}:${JSON.stringify(params)}` : key),
  locale: 'sv-SE',
};

describe('conflictRows', () => {
  it('names ids, codes and amounts in words, and empty values as empty', () => {
    const rows = conflictRows(
      [
        { field: 'departmentId', mine: 'd1', saved: 'd2', changedByBoth: false },
        { field: 'projectLeadId', mine: null, saved: 'u1', changedByBoth: false },
        { field: 'callId', mine: 'c1', saved: null, changedByBoth: true },
        { field: 'budget.totalMinor', mine: 150_000_050, saved: 100, changedByBoth: false },
        { field: 'isPublic', mine: false, saved: true, changedByBoth: false },
        { field: 'partners', mine: [], saved: [{ organisation: 'Tallinna linn', country: 'EE', role: 'partner' }], changedByBoth: false },
      ],
      words,
    );
    expect(rows.map((row) => [row.labelKey, row.mine, row.saved])).toEqual([
      ['project.department', 'Kultur', 'd2'],
      ['project.lead', 'conflict.empty', 'Jonas Ek'],
      ['project.call', 'KA2 2027', 'conflict.empty'],
      ['project.total', (1_500_000.5).toLocaleString('sv-SE'), '1'],
      ['project.isPublic', 'conflict.no', 'conflict.yes'],
      ['project.partners', 'conflict.empty', 'Tallinna linn (EE, project.roles.partner)'],
    ]);
    expect(rows[2].changedByBoth).toBe(true);
  });
});
