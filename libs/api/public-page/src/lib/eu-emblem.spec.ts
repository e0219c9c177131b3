import { euFundingEmblem, starCentres, starPoints } from './eu-emblem';

describe('the EU emblem, drawn from its geometric description', () => {
  it('puts twelve stars on a circle of a third of the height, the first at twelve o’clock', () => {
    const centres = starCentres();
    expect(centres).toHaveLength(12);
    expect(centres[0]).toEqual([150, 33.333]);
    expect(centres[3]).toEqual([216.667, 100]);
    expect(centres[6]).toEqual([150, 166.667]);
    for (const [x, y] of centres) expect(Math.hypot(x - 150, y - 100)).toBeCloseTo(200 / 3, 2);
  });

  it('draws each star with one point straight up, its points an eighteenth of the height out', () => {
    const points = starPoints(150, 100, 200 / 18);
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual([150, 88.889]);
    for (const [x, y] of points.filter((_, i) => i % 2 === 0))
      expect(Math.hypot(x - 150, y - 100)).toBeCloseTo(200 / 18, 2);
  });

  it('hides the flag from screen readers and says the statement as text', () => {
    const markup = euFundingEmblem('Medfinansieras av Europeiska unionen').markup;
    expect(markup).toContain('aria-hidden="true"');
    expect(markup).toContain('<span>Medfinansieras av Europeiska unionen</span>');
    expect(markup.match(/<polygon /g)).toHaveLength(12);
  });
});
