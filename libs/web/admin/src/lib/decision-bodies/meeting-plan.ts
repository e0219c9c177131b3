/** The meeting days in order, each once. */
export function planInOrder(days: readonly string[]): string[] {
  return [...new Set(days)].sort();
}

/** The days still to come (today counts: the meeting has not happened yet). */
export function upcomingMeetings(days: readonly string[], today: string): string[] {
  return planInOrder(days).filter((day) => day >= today);
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The same weekday in each of `months` months from the given day's month, as meeting plans are
 * set ("the third Tuesday"): the same nth weekday, or the month's last one when the day is in its
 * last seven days ("the last Monday"). The given day is the first.
 */
export function sameWeekdayEachMonth(day: string, months = 12): string[] {
  const start = new Date(`${day}T00:00:00Z`);
  const weekday = start.getUTCDay();
  const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const last = start.getUTCDate() + 7 > daysIn(start.getUTCFullYear(), start.getUTCMonth());
  const nth = Math.ceil(start.getUTCDate() / 7);
  const days: string[] = [];
  for (let offset = 0; offset < months; offset++) {
    const year = start.getUTCFullYear() + Math.floor((start.getUTCMonth() + offset) / 12);
    const month = (start.getUTCMonth() + offset) % 12;
    const firstWeekday = new Date(Date.UTC(year, month, 1)).getUTCDay();
    const first = 1 + ((weekday - firstWeekday + 7) % 7);
    let date = last ? first : first + (nth - 1) * 7;
    if (last) while (date + 7 <= daysIn(year, month)) date += 7;
    days.push(iso(new Date(Date.UTC(year, month, date))));
  }
  return days;
}
