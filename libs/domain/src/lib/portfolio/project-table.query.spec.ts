import { PROJECT_TABLE_PAGE_MAX } from './project-table.contract';
import { parseColumnChoice, parseProjectTableExportQuery, parseProjectTableQuery } from './project-table.query';

const id = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('reading the table of projects from its address', () => {
  it('reads every parameter the table knows', () => {
    expect(
      parseProjectTableQuery({
        programmeId: id,
        departmentId: id,
        projectLeadId: id,
        year: '2027',
        q: ' Modena ',
        stage: ['idea', 'running'],
        outcome: 'granted,rejected',
        sort: 'plannedStart',
        direction: 'desc',
        offset: '25',
        limit: '50',
      }),
    ).toEqual({
      ok: true,
      value: {
        programmeId: id,
        departmentId: id,
        projectLeadId: id,
        year: 2027,
        q: 'Modena',
        stage: ['idea', 'running'],
        outcome: ['granted', 'rejected'],
        sort: 'plannedStart',
        direction: 'desc',
        offset: 25,
        limit: 50,
      },
    });
    expect(parseProjectTableQuery({})).toEqual({ ok: true, value: {} });
  });

  it.each([
    [{ sort: 'colour' }, 'sort'],
    [{ sort: 'partners' }, 'sort'],
    [{ direction: 'up' }, 'direction'],
    [{ offset: '-1' }, 'offset'],
    [{ offset: '1.5' }, 'offset'],
    [{ limit: String(PROJECT_TABLE_PAGE_MAX + 1) }, 'limit'],
    [{ limit: '0' }, 'limit'],
    [{ stage: 'ide' }, 'stage'],
    [{ stage: ['idea', 'later'] }, 'stage'],
    [{ stage: { key: 'idea' } }, 'stage'],
    [{ outcome: 'won' }, 'outcome'],
    [{ year: 'next' }, 'year'],
    [{ programmeId: 'erasmus' }, 'programmeId'],
    [{ q: ['a', 'b'] }, 'q'],
    [{ q: 'x'.repeat(201) }, 'q'],
    [{ q: 'a\u0000b' }, 'q'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j, naming %s', (parameters, name) => {
    const parsed = parseProjectTableQuery(parameters);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(Object.keys(parsed.errors)).toEqual([name]);
      expect(parsed.errors[name][0]).toContain(name);
    }
  });

  it('reads an export: format, columns, and the table filters without a page', () => {
    expect(
      parseProjectTableExportQuery({ format: 'csv', columns: 'title,granted', stage: 'running', offset: '25' }),
    ).toEqual({ ok: true, value: { format: 'csv', columns: ['title', 'granted'], stage: ['running'] } });
    const bad = parseProjectTableExportQuery({ format: 'pdf', columns: 'title,title' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['columns', 'format']);
    expect(parseProjectTableExportQuery({}).ok).toBe(false);
  });

  it('takes a choice of columns only when each is known and named once', () => {
    expect(parseColumnChoice(['title', 'granted'])).toEqual({ ok: true, value: ['title', 'granted'] });
    expect(parseColumnChoice([])).toMatchObject({ ok: false, errors: { columns: [expect.stringMatching(/at least one/)] } });
    expect(parseColumnChoice(['title', 'title'])).toMatchObject({ ok: false, errors: { columns: [expect.stringMatching(/twice/)] } });
    expect(parseColumnChoice(['colour'])).toMatchObject({ ok: false, errors: { columns: [expect.stringMatching(/colour/)] } });
    expect(parseColumnChoice('title')).toMatchObject({ ok: false });
    expect(parseColumnChoice(['stage', 'granted'])).toMatchObject({ ok: false, errors: { columns: [expect.stringMatching(/include title/)] } });
  });
});
