import { editConflict } from './edit-conflict';

const loaded = {
  title: 'Unga i Europa',
  purpose: '',
  budget: { currency: 'SEK', totalMinor: 100, grantedMinor: null as number | null },
  themes: ['ungdom'],
};

describe('editConflict', () => {
  it('keeps what the person changed and takes the saved value of what they left alone', () => {
    const mine = { ...loaded, purpose: 'Utbyte för unga' };
    const saved = { ...loaded, title: 'Unga i Europa 2027' };
    const { merged, changedByOthers } = editConflict(loaded, mine, saved);
    expect(merged).toEqual({ ...loaded, title: 'Unga i Europa 2027', purpose: 'Utbyte för unga' });
    expect(changedByOthers).toEqual([
      { field: 'title', mine: 'Unga i Europa', saved: 'Unga i Europa 2027', changedByBoth: false },
    ]);
  });

  it('names a field both changed, keeping the person’s value', () => {
    const mine = { ...loaded, title: 'Mitt namn' };
    const saved = { ...loaded, title: 'Deras namn' };
    const { merged, changedByOthers } = editConflict(loaded, mine, saved);
    expect(merged.title).toBe('Mitt namn');
    expect(changedByOthers).toEqual([
      { field: 'title', mine: 'Mitt namn', saved: 'Deras namn', changedByBoth: true },
    ]);
  });

  it('compares a group field by field, by its path, and a list as one value', () => {
    const mine = { ...loaded, budget: { ...loaded.budget, grantedMinor: 50 } };
    const saved = { ...loaded, budget: { ...loaded.budget, totalMinor: 200 }, themes: ['ungdom', 'klimat'] };
    const { merged, changedByOthers } = editConflict(loaded, mine, saved);
    expect(merged.budget).toEqual({ currency: 'SEK', totalMinor: 200, grantedMinor: 50 });
    expect(merged.themes).toEqual(['ungdom', 'klimat']);
    expect(changedByOthers.map((change) => change.field)).toEqual(['budget.totalMinor', 'themes']);
  });

  it('names nothing when both saved the same value, or only the version moved on', () => {
    expect(editConflict(loaded, { ...loaded, title: 'Samma' }, { ...loaded, title: 'Samma' }).changedByOthers).toEqual([]);
    expect(editConflict(loaded, loaded, { ...loaded }).changedByOthers).toEqual([]);
  });
});
