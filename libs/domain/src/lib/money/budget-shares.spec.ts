import { budgetShares } from './budget-shares';

describe('budgetShares', () => {
  it('gives the grant’s and the own share’s percent of the total', () => {
    expect(
      budgetShares({ total: 3_600_000, requestedGrant: 2_160_000, ownCash: 1_000_000, ownInKind: 440_000 }),
    ).toEqual({
      grant: 60,
      own: 40,
      overBy: 0,
    });
    expect(budgetShares({ total: 300, requestedGrant: 200, ownCash: null, ownInKind: null })).toEqual({
      grant: 66.67,
      own: 0,
      overBy: 0,
    });
  });

  it('says by how much grant and own share pass the total', () => {
    expect(budgetShares({ total: 1000, requestedGrant: 800, ownCash: 300, ownInKind: 0 })?.overBy).toBe(10);
  });

  it('has nothing to say without a total', () => {
    expect(budgetShares({ total: null, requestedGrant: 5, ownCash: 5, ownInKind: null })).toBeNull();
    expect(budgetShares({ total: 0, requestedGrant: 5, ownCash: 5, ownInKind: null })).toBeNull();
  });
});
