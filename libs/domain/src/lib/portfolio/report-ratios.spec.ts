import { leverage, successRateByAmount, successRateByCount } from './report-ratios';

describe('report ratios', () => {
  it('divides, and is null where nothing divides', () => {
    expect(successRateByCount(2, 1)).toBeCloseTo(2 / 3);
    expect(successRateByCount(0, 0)).toBeNull();
    expect(successRateByAmount(50, 200)).toBe(0.25);
    expect(successRateByAmount(0, 0)).toBeNull();
    expect(leverage(400, 100)).toBe(4);
    expect(leverage(400, 0)).toBeNull();
  });
});
