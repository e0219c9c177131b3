import { deadlineKept } from './report-deadlines';

describe('deadlineKept', () => {
  const today = '2027-03-10';
  it('is met when done on or before the day, missed when later or still open after it', () => {
    expect(deadlineKept({ status: 'done', dueOn: '2027-03-01', doneOn: '2027-03-01' }, today)).toBe('met');
    expect(deadlineKept({ status: 'done', dueOn: '2027-03-01', doneOn: '2027-03-02' }, today)).toBe('missed');
    expect(deadlineKept({ status: 'open', dueOn: '2027-03-09', doneOn: null }, today)).toBe('missed');
    expect(deadlineKept({ status: 'open', dueOn: '2027-03-10', doneOn: null }, today)).toBeNull();
    expect(deadlineKept({ status: 'cancelled', dueOn: '2027-03-01', doneOn: null }, today)).toBeNull();
  });
});
