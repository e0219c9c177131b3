import { addDays, checklistDueOn, checklistProgress, isOverdue } from './index';

describe('checklist due days', () => {
  it('counts days back from the deadline’s day in the organisation’s zone', () => {
    // 12:00 Brussels in March and in October: the same calendar day in Stockholm.
    expect(
      checklistDueOn({ kind: 'before_deadline', days: 14 }, '2027-03-05T11:00:00Z', 'Europe/Stockholm'),
    ).toBe('2027-02-19');
    expect(
      checklistDueOn({ kind: 'before_deadline', days: 7 }, '2027-10-01T10:00:00Z', 'Europe/Stockholm'),
    ).toBe('2027-09-24');
  });

  it('reads the deadline’s day where the organisation is, not in UTC', () => {
    // 23:30 UTC on 30 March is already 31 March in Oslo (summer time).
    expect(checklistDueOn({ kind: 'before_deadline', days: 0 }, '2027-03-30T23:30:00Z', 'Europe/Oslo')).toBe(
      '2027-03-31',
    );
  });

  it('crosses the change to summer time without losing or gaining a day', () => {
    expect(addDays('2027-04-02', -7)).toBe('2027-03-26');
    expect(addDays('2027-10-30', 2)).toBe('2027-11-01');
  });

  it('keeps a fixed day, and knows no day before the call has a deadline', () => {
    expect(checklistDueOn({ kind: 'fixed', on: '2027-01-15' }, null, 'Europe/Stockholm')).toBe('2027-01-15');
    expect(checklistDueOn({ kind: 'before_deadline', days: 3 }, null, 'Europe/Stockholm')).toBeNull();
    expect(checklistDueOn(null, '2027-03-05T11:00:00Z', 'Europe/Stockholm')).toBeNull();
  });

  it('marks an open item overdue the day after its due day, never a done one', () => {
    expect(isOverdue({ dueOn: '2027-02-19', doneAt: null }, '2027-02-19')).toBe(false);
    expect(isOverdue({ dueOn: '2027-02-19', doneAt: null }, '2027-02-20')).toBe(true);
    expect(isOverdue({ dueOn: '2027-02-19', doneAt: '2027-02-21T08:00:00Z' }, '2027-02-22')).toBe(false);
    expect(isOverdue({ dueOn: null, doneAt: null }, '2027-02-22')).toBe(false);
  });
});

describe('checklist progress', () => {
  it('counts done, required and overdue items', () => {
    const progress = checklistProgress(
      [
        { required: true, doneAt: '2027-01-01T10:00:00Z', dueOn: '2027-01-02' },
        { required: true, doneAt: null, dueOn: '2027-01-02' },
        { required: false, doneAt: null, dueOn: '2027-01-10' },
        { required: false, doneAt: '2027-01-01T10:00:00Z', dueOn: null },
      ],
      '2027-01-05',
    );
    expect(progress).toEqual({ total: 4, done: 2, required: 2, requiredDone: 1, overdue: 1 });
  });
});
