import { planInOrder, sameWeekdayEachMonth, upcomingMeetings } from './meeting-plan';

describe('meeting plan', () => {
  it('keeps each day once, in order', () => {
    expect(planInOrder(['2027-03-16', '2027-01-19', '2027-03-16'])).toEqual(['2027-01-19', '2027-03-16']);
  });

  it('counts today’s meeting as one to come', () => {
    expect(upcomingMeetings(['2027-01-19', '2026-12-15', '2027-02-16'], '2027-01-19')).toEqual([
      '2027-01-19',
      '2027-02-16',
    ]);
  });

  it('repeats the third Tuesday into the next year', () => {
    const days = sameWeekdayEachMonth('2026-09-15');
    expect(days).toHaveLength(12);
    expect(days.slice(0, 5)).toEqual(['2026-09-15', '2026-10-20', '2026-11-17', '2026-12-15', '2027-01-19']);
    expect(days.at(-1)).toBe('2027-08-17');
    expect(days.every((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 2)).toBe(true);
  });

  it('repeats a month’s last Monday as the last Monday, whether the month has four or five', () => {
    expect(sameWeekdayEachMonth('2026-11-30', 3)).toEqual(['2026-11-30', '2026-12-28', '2027-01-25']);
    expect(sameWeekdayEachMonth('2027-02-22', 2)).toEqual(['2027-02-22', '2027-03-29']);
  });
});
