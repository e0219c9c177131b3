import { changedFields, changesNothing, sameMembers, sameValue } from './changed-fields';

interface Department {
  name: string;
  shortName: string | null;
  active: boolean;
  tags: string[];
}

const current: Department = { name: 'Bildning', shortName: null, active: true, tags: ['a', 'b'] };

describe('what an edit of any record changes', () => {
  it('finds nothing in an empty edit or in one that sends the values there are', () => {
    expect(changedFields(current, {})).toEqual({});
    expect(changedFields(current, structuredClone(current))).toEqual({});
    expect(changesNothing(current, { name: 'Bildning', shortName: null })).toBe(true);
  });

  it('keeps only the fields that differ, and ignores fields left out', () => {
    expect(
      changedFields(current, { name: 'Bildning', shortName: 'BIL', active: undefined, tags: ['a', 'b'] }),
    ).toEqual({ shortName: 'BIL' });
    expect(changesNothing(current, { active: false })).toBe(false);
  });

  it('tells null from an empty value and a false from a missing one', () => {
    expect(changedFields<Department>({ ...current, shortName: '' }, { shortName: null })).toEqual({
      shortName: null,
    });
    expect(changedFields(current, { active: false })).toEqual({ active: false });
  });

  it('compares objects whatever the order of their keys, and lists in their order', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, { a: 0 })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(changesNothing(current, { tags: ['b', 'a'] })).toBe(false);
  });

  it('compares instants by the time they are, not as keyless objects', () => {
    expect(sameValue(new Date('2027-03-01T11:00:00Z'), new Date('2027-03-01T11:00:00.000Z'))).toBe(true);
    expect(sameValue(new Date('2027-03-01T11:00:00Z'), new Date('2027-03-01T12:00:00Z'))).toBe(false);
    expect(sameValue(new Date('2027-03-01T11:00:00Z'), {})).toBe(false);
  });

  it('compares sets of ids whatever their order', () => {
    expect(sameMembers(['d1', 'd2'], ['d2', 'd1'])).toBe(true);
    expect(sameMembers([], [])).toBe(true);
    expect(sameMembers(['d1'], ['d1', 'd2'])).toBe(false);
    expect(sameMembers(['d1', 'd2'], ['d1', 'd3'])).toBe(false);
  });
});
