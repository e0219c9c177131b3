import { normalizedOffsets, parseReminderOffsets, reminderOffsetsProblem } from './reminder-rules';

describe('reminder rules', () => {
  it('accepts the defaults, an empty list and the limits', () => {
    expect(reminderOffsetsProblem([30, 14, 7, 3, 1, -1])).toBeNull();
    expect(reminderOffsetsProblem([])).toBeNull();
    expect(reminderOffsetsProblem([365, 0, -30])).toBeNull();
  });

  it('names what is wrong', () => {
    expect(reminderOffsetsProblem([1.5])).toBe('not_whole_days');
    expect(reminderOffsetsProblem(['7'])).toBe('not_whole_days');
    expect(reminderOffsetsProblem([366])).toBe('out_of_range');
    expect(reminderOffsetsProblem([-31])).toBe('out_of_range');
    expect(reminderOffsetsProblem([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe('too_many');
  });

  it('counts a day given twice once and sorts the earliest reminder first', () => {
    expect(reminderOffsetsProblem([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2])).toBeNull();
    expect(normalizedOffsets([1, -1, 30, 7, 7])).toEqual([30, 7, 1, -1]);
  });

  it('reads days as people type them', () => {
    expect(parseReminderOffsets('30, 14, 7, 3, 1, -1')).toEqual([30, 14, 7, 3, 1, -1]);
    expect(parseReminderOffsets(' 60 7\u22121 ')).toBeNull();
    expect(parseReminderOffsets('60 7 \u22121')).toEqual([60, 7, -1]);
    expect(parseReminderOffsets('')).toEqual([]);
    expect(parseReminderOffsets('7 dagar')).toBeNull();
    expect(parseReminderOffsets('1.5')).toBeNull();
  });
});
