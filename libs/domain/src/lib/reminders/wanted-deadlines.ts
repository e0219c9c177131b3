import type { CoFundingStatus } from '../co-funding/co-funding.contract';
import type { DueRule } from '../checklists/checklist.contract';
import { checklistDueOn } from '../checklists/due-date';
import type { Stage } from '../pipeline/stage';
import { zonedDay } from '../time/zoned-time';
import type { DeadlineKind, DeadlineStatus } from './deadline.contract';

/** What a project's records say about its dates, as far as its deadlines go. */
export interface DeadlineFacts {
  stage: Stage;
  title: string;
  plannedEnd: string | null;
  interimReportOn: string | null;
  finalReportOn: string | null;
  /** The call, if one is chosen; its deadline an ISO instant. */
  call: { title: string; deadline: string } | null;
  checklist: ReadonlyArray<{ id: string; title: string; due: DueRule | null; done: boolean }>;
  coFunding: ReadonlyArray<{
    id: string;
    status: CoFundingStatus;
    departmentName: string;
    /** From the request's plan (libs/domain back-planning): null where it could not be planned. */
    decisionNeededBy: string | null;
    bodyName: string | null;
    meeting: { meetsOn: string; reportDueOn: string } | null;
  }>;
}

/** A deadline as the project's records say it should be now. */
export interface WantedDeadline {
  kind: DeadlineKind;
  /** What within the project it is about (a checklist item's or request's id); '' when the kind says it. */
  sourceKey: string;
  title: string;
  /** The published instant (ISO), where there is one: the call deadline. */
  dueAt: string | null;
  dueOn: string;
  status: DeadlineStatus;
}

/**
 * The deadlines a project should have now, by its stage:
 * - applying: the call deadline, each dated checklist item, and each department's co-funding
 *   decision by the call deadline (a withdrawn request needs none);
 * - submitted (decision): the call deadline, met;
 * - running: the interim and final reports and the project end.
 */
export function wantedDeadlines(facts: DeadlineFacts, timeZone: string): WantedDeadline[] {
  const wanted: WantedDeadline[] = [];
  const applying = facts.stage === 'application';
  const callDeadline = facts.call?.deadline ?? null;

  if (facts.call && (applying || facts.stage === 'decision')) {
    wanted.push({
      kind: 'call',
      sourceKey: '',
      title: facts.call.title,
      dueAt: facts.call.deadline,
      dueOn: zonedDay(new Date(facts.call.deadline), timeZone),
      // Submitted: the call deadline was met.
      status: applying ? 'open' : 'done',
    });
  }
  if (applying) {
    for (const item of facts.checklist) {
      const dueOn = checklistDueOn(item.due, callDeadline, timeZone);
      if (!dueOn) continue;
      wanted.push({
        kind: 'checklist_item',
        sourceKey: item.id,
        title: item.title,
        dueAt: null,
        dueOn,
        status: item.done ? 'done' : 'open',
      });
    }
    // The application needs each department's decision, with the extract of the minutes, by the
    // day the plan says; for a body that meets, the officer's report and the meeting come first.
    if (callDeadline) {
      for (const request of facts.coFunding) {
        if (request.status === 'withdrawn') continue;
        const status = request.status === 'pending' ? 'open' : 'done';
        const base = { sourceKey: request.id, dueAt: null, status } as const;
        wanted.push({
          ...base,
          kind: 'co_funding',
          title: request.departmentName,
          dueOn: request.decisionNeededBy ?? zonedDay(new Date(callDeadline), timeZone),
        });
        if (request.meeting && request.status === 'pending') {
          const title = `${request.departmentName}: ${request.bodyName ?? ''}`.replace(/: $/, '');
          wanted.push({ ...base, kind: 'co_funding_report', title, dueOn: request.meeting.reportDueOn });
          wanted.push({ ...base, kind: 'co_funding_meeting', title, dueOn: request.meeting.meetsOn });
        }
      }
    }
  }
  if (facts.stage === 'running') {
    const dates: Array<[DeadlineKind, string | null]> = [
      ['interim_report', facts.interimReportOn],
      ['final_report', facts.finalReportOn],
      ['project_end', facts.plannedEnd],
    ];
    for (const [kind, dueOn] of dates) {
      if (dueOn) wanted.push({ kind, sourceKey: '', title: facts.title, dueAt: null, dueOn, status: 'open' });
    }
  }
  return wanted;
}
