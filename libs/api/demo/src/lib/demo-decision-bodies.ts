import type { DemoDepartment } from './demo-accounts';

/** Each department's committee (nämnd), as Swedish municipalities name them. */
export const DEMO_COMMITTEES: Record<DemoDepartment, string> = {
  Kommunledningsförvaltningen: 'Kommunstyrelsens arbetsutskott',
  Utbildningsförvaltningen: 'Barn- och utbildningsnämnden',
  Socialförvaltningen: 'Socialnämnden',
  'Kultur- och fritidsförvaltningen': 'Kultur- och fritidsnämnden',
  'Tekniska förvaltningen': 'Tekniska nämnden',
  'Miljö- och byggförvaltningen': 'Miljö- och byggnämnden',
};

/**
 * The bodies' rhythm, as Swedish meeting plans (sammanträdesplaner) commonly set it: committees
 * meet on a month's third Tuesday, the municipal board on its second Wednesday and the council on
 * its last Monday, none in July; reports are registered three to five weeks ahead and the minutes
 * approved within a week.
 */
export const DEMO_BODY_RHYTHM = {
  committee: { weekday: 2, nth: 3, reportDaysBefore: 21, minutesWorkingDays: 3 },
  municipal_board: { weekday: 3, nth: 2, reportDaysBefore: 28, minutesWorkingDays: 5 },
  council: { weekday: 1, nth: -1, reportDaysBefore: 35, minutesWorkingDays: 5 },
} as const;

/** The head of administration decides alone up to 100 000 kr (in minor units); the frame per year is 500 000 kr. */
export const DEMO_HEAD_LIMIT_MINOR = 100_000_00;
export const DEMO_FRAME_MINOR = 500_000_00;

/** The nth (1-based; -1: the last) given weekday (0 Sunday) of each month but July of the years, YYYY-MM-DD. */
export function meetingDays(years: readonly number[], weekday: number, nth: number): string[] {
  const days: string[] = [];
  for (const year of years)
    for (let month = 0; month < 12; month++) {
      if (month === 6) continue;
      const matching: string[] = [];
      for (let day = 1; day <= 31; day++) {
        const date = new Date(Date.UTC(year, month, day));
        if (date.getUTCMonth() !== month) break;
        if (date.getUTCDay() === weekday) matching.push(date.toISOString().slice(0, 10));
      }
      days.push(nth === -1 ? (matching.at(-1) as string) : matching[nth - 1]);
    }
  return days;
}
