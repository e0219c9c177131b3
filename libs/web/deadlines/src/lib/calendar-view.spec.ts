import {
  calendarQueryFromParams,
  deadlineFilters,
  deadlinesByDay,
  isLate,
  isoWeek,
  listRange,
  monthRange,
  monthWeeks,
  shiftMonth,
} from './calendar-view';
import { dayTitle, monthTitle, weekdayNames } from './calendar-format';
import { deadline } from '../testing/deadline.fixtures';

describe('the month grid', () => {
  it('starts on the Monday before the first and ends on the Sunday after the last', () => {
    // 1 March 2026 is a Sunday, 31 March a Tuesday.
    expect(monthRange('2026-03')).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    // February 2027 begins on a Monday and ends on a Sunday: exactly four weeks.
    expect(monthRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });

  it('numbers the weeks the ISO way, as Swedish and Norwegian calendars do', () => {
    expect(isoWeek('2026-03-10')).toBe(11);
    expect(isoWeek('2026-01-01')).toBe(1);
    // The first days of 2021 belong to the last week of 2020, and 29 Dec 2025 to week 1 of 2026.
    expect(isoWeek('2021-01-03')).toBe(53);
    expect(isoWeek('2025-12-29')).toBe(1);
  });

  it('lays the days out Monday first, each with its deadlines, marking today and the days of other months', () => {
    const weeks = monthWeeks(
      '2026-03',
      [deadline({ id: 'a', dueOn: '2026-03-12' }), deadline({ id: 'b', dueOn: '2026-03-12' })],
      '2026-03-10',
    );
    expect(weeks.map((week) => week.number)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(weeks[0].days.map((day) => day.date)).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(weeks[0].days.map((day) => day.inMonth)).toEqual([false, false, false, false, false, false, true]);
    const days = weeks.flatMap((week) => week.days);
    expect(days.filter((day) => day.today).map((day) => day.date)).toEqual(['2026-03-10']);
    expect(days.find((day) => day.date === '2026-03-12')?.deadlines.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('moves between months across the turn of the year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('the list', () => {
  it('looks three months ahead from today, stopping at the end of a shorter month', () => {
    expect(listRange('2026-03-10')).toEqual({ from: '2026-03-10', to: '2026-06-10' });
    expect(listRange('2026-11-30')).toEqual({ from: '2026-11-30', to: '2027-02-28' });
  });

  it('groups deadlines by day, days in order', () => {
    const days = deadlinesByDay([
      deadline({ id: 'late', dueOn: '2026-04-01' }),
      deadline({ id: 'early', dueOn: '2026-03-12' }),
      deadline({ id: 'late2', dueOn: '2026-04-01' }),
    ]);
    expect(days.map((day) => [day.date, day.deadlines.map((d) => d.id)])).toEqual([
      ['2026-03-12', ['early']],
      ['2026-04-01', ['late', 'late2']],
    ]);
  });
});

describe('late deadlines', () => {
  it('are open ones whose day has passed', () => {
    expect(isLate(deadline({ dueOn: '2026-03-09' }), '2026-03-10')).toBe(true);
    expect(isLate(deadline({ dueOn: '2026-03-10' }), '2026-03-10')).toBe(false);
    expect(isLate(deadline({ dueOn: '2026-03-09', status: 'done' }), '2026-03-10')).toBe(false);
  });
});

describe('the calendar address', () => {
  it('reads the view, month, filters and status, ignoring nonsense', () => {
    expect(
      calendarQueryFromParams(
        { view: 'list', month: '2026-13', q: ' skola ', status: 'all', x: '1' },
        '2026-03-10',
      ),
    ).toEqual({ view: 'list', month: '2026-03', q: 'skola', showDone: true });
    expect(calendarQueryFromParams({ month: '2026-05', programmeId: 'p1' }, '2026-03-10')).toEqual({
      view: 'month',
      month: '2026-05',
      programmeId: 'p1',
      showDone: false,
    });
  });

  it('asks for the visible weeks of the month, or the coming three months for the list', () => {
    const month = calendarQueryFromParams({ month: '2026-04', departmentId: 'd1' }, '2026-03-10');
    expect(deadlineFilters(month, '2026-03-10')).toEqual({
      from: '2026-03-30',
      to: '2026-05-03',
      departmentId: 'd1',
    });
    const list = calendarQueryFromParams({ view: 'list', status: 'all' }, '2026-03-10');
    expect(deadlineFilters(list, '2026-03-10')).toEqual({
      from: '2026-03-10',
      to: '2026-06-10',
      status: 'all',
    });
  });
});

describe('calendar names', () => {
  it('names the weekdays Monday first and the month as a heading', () => {
    expect(weekdayNames('sv-SE').map((day) => day.long)).toEqual([
      'måndag',
      'tisdag',
      'onsdag',
      'torsdag',
      'fredag',
      'lördag',
      'söndag',
    ]);
    expect(monthTitle('2026-03', 'sv-SE')).toBe('Mars 2026');
    expect(dayTitle('2026-03-10', 'sv-SE')).toBe('Tisdag 10 mars 2026');
  });
});
