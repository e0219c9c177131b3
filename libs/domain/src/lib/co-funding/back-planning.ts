import { addCalendarDays, addWorkingDays, workingDayOnOrBefore, type IsDayOff } from '../time/working-days';
import type { CoFundingRouteKind } from './delegation-route';

/** A meeting of the deciding body with the dates around it. */
export interface PlannedMeeting {
  meetsOn: string;
  /** The last day the officer's report may be registered for this meeting (a working day). */
  reportDueOn: string;
  /** The day the minutes are approved and an extract can go with the application. */
  minutesApprovedOn: string;
  /** The report day has passed: the report can only go late, if the chair agrees. */
  reportLate: boolean;
}

/**
 * What stands in the way of a decision in time, or null:
 * - no_call_deadline: the project has no call with a deadline to plan back from;
 * - decision_date_passed: the day the decision was needed by is behind us;
 * - no_meeting_planned: the body has no meeting ahead in its plan;
 * - no_meeting_fits: no meeting ahead has approved minutes in time; the chair's urgent decision
 *   (ordförandebeslut) is the route left.
 */
export type CoFundingScheduleProblem =
  'no_call_deadline' | 'decision_date_passed' | 'no_meeting_planned' | 'no_meeting_fits';

export interface CoFundingSchedule {
  /** The call deadline less the working days the application needs the extract; null without a deadline. */
  decisionNeededBy: string | null;
  /** The meeting to aim for: the last one whose approved minutes come on or before `decisionNeededBy`. */
  meeting: PlannedMeeting | null;
  /** When no meeting fits: the next meeting ahead, to name in the warning. */
  nextMeeting: PlannedMeeting | null;
  problem: CoFundingScheduleProblem | null;
}

export interface ScheduleInput {
  route: CoFundingRouteKind;
  /** The call deadline's calendar day in the organisation's time zone, or null. */
  callDeadlineOn: string | null;
  /** Working days before the deadline the application needs the extract (per programme). */
  extractWorkingDays: number;
  /** The deciding body's plan; null for the head's own decision, or when no body is set up. */
  body: { reportDaysBefore: number; minutesWorkingDays: number; meetings: readonly string[] } | null;
  today: string;
  isDayOff: IsDayOff;
}

/**
 * Plans a co-funding decision back from the call deadline: the day it is needed by, and for a body
 * that meets, the meeting to aim for and the day its officer's report must be registered. A report
 * day that falls on a weekend or a day off moves to the working day before it.
 */
export function planCoFundingSchedule(input: ScheduleInput): CoFundingSchedule {
  const { callDeadlineOn, body, today, isDayOff } = input;
  const decisionNeededBy = callDeadlineOn
    ? addWorkingDays(workingDayOnOrBefore(callDeadlineOn, isDayOff), -input.extractWorkingDays, isDayOff)
    : null;
  const none = { meeting: null, nextMeeting: null };
  if (!decisionNeededBy) return { decisionNeededBy, ...none, problem: 'no_call_deadline' };
  const passed = decisionNeededBy < today;
  if (input.route === 'head')
    return { decisionNeededBy, ...none, problem: passed ? 'decision_date_passed' : null };
  if (!body)
    return { decisionNeededBy, ...none, problem: passed ? 'decision_date_passed' : 'no_meeting_planned' };
  const ahead = [...body.meetings]
    .filter((day) => day >= today)
    .sort()
    .map((meetsOn): PlannedMeeting => {
      const reportDueOn = workingDayOnOrBefore(addCalendarDays(meetsOn, -body.reportDaysBefore), isDayOff);
      return {
        meetsOn,
        reportDueOn,
        minutesApprovedOn: addWorkingDays(meetsOn, body.minutesWorkingDays, isDayOff),
        reportLate: reportDueOn < today,
      };
    });
  const fitting = ahead.filter((m) => m.minutesApprovedOn <= decisionNeededBy);
  const meeting = fitting.at(-1) ?? null;
  if (meeting) return { decisionNeededBy, meeting, nextMeeting: null, problem: null };
  return {
    decisionNeededBy,
    meeting: null,
    nextMeeting: ahead[0] ?? null,
    problem: passed ? 'decision_date_passed' : ahead.length ? 'no_meeting_fits' : 'no_meeting_planned',
  };
}
