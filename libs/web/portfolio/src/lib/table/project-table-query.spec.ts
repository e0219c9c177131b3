import { exportHref, tableQueryFromParams, tableQueryToParams, boardParamsOf } from './project-table-query';

describe('the table query in the address', () => {
  it('reads the board filters, repeated stages and outcomes, sort and paging', () => {
    expect(
      tableQueryFromParams({
        programmeId: 'p1',
        year: '2026',
        q: ' hamn ',
        stage: ['running', 'closed', 'nonsense'],
        outcome: 'granted',
        sort: 'plannedStart',
        direction: 'desc',
        offset: '50',
        limit: '50',
      }),
    ).toEqual({
      programmeId: 'p1',
      year: 2026,
      q: 'hamn',
      stage: ['running', 'closed'],
      outcome: ['granted'],
      sort: 'plannedStart',
      direction: 'desc',
      offset: 50,
      limit: 50,
    });
  });

  it('leaves out what the API would refuse: lists as sort keys, bad years and sizes', () => {
    expect(
      tableQueryFromParams({ sort: 'partners', year: '20x6', offset: '-5', limit: '1000', outcome: 'maybe' }),
    ).toEqual({});
  });

  it('writes null for what is not set, so the address holds only the set parameters', () => {
    expect(tableQueryToParams({ stage: ['idea'], sort: 'title', direction: 'asc' })).toMatchObject({
      stage: ['idea'],
      sort: 'title',
      direction: 'asc',
      outcome: null,
      offset: null,
      q: null,
    });
  });

  it('exports every row in the same filters and order, without the page', () => {
    const href = exportHref('csv', {
      stage: ['running', 'closed'],
      q: 'Ålesund',
      sort: 'title',
      direction: 'desc',
      offset: 25,
      limit: 50,
    });
    expect(href).toBe(
      '/api/projects/table/export?format=csv&stage=running&stage=closed&q=%C3%85lesund&sort=title&direction=desc',
    );
  });

  it('hands the board only the filters it knows', () => {
    expect(boardParamsOf({ departmentId: 'd1', year: 2027, stage: ['idea'], sort: 'title' })).toEqual({
      departmentId: 'd1',
      year: '2027',
    });
  });
});
