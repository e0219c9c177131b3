import { DEADLINE_KINDS, perDeadlineKind } from './deadline.contract';

describe('perDeadlineKind', () => {
  it('gives every kind of deadline its value, and no other key', () => {
    const lengths = perDeadlineKind((kind) => kind.length);
    expect(Object.keys(lengths).sort()).toEqual([...DEADLINE_KINDS].sort());
    expect(lengths.checklist_item).toBe('checklist_item'.length);
  });
});
