import type { ProjectFacts } from './project-facts';
import type { Stage } from './stage';

/**
 * The facts a copy does not keep: the call and its deadline, the dates, the
 * funder's decision. Everything else (title, purpose, programme, budget,
 * partners, and whatever else the caller's project carries) is kept.
 */
export const NOT_COPIED_TO_NEXT_CALL = [
  'id',
  'callId',
  'callDeadline',
  'plannedStart',
  'plannedEnd',
  'outcome',
  'grantedAmount',
] as const;

type NotCopied = (typeof NOT_COPIED_TO_NEXT_CALL)[number];

/** What a copy is: the kept facts, a fresh start, and the link to the attempt it repeats. */
export type ProjectCopy<T extends ProjectFacts> = Omit<T, NotCopied | 'stage' | 'checklist' | 'coFunding'> & {
  stage: Extract<Stage, 'idea' | 'application'>;
  copiedFromId: string | null;
  callId: null;
  callDeadline: null;
  plannedStart: null;
  plannedEnd: null;
  outcome: null;
  grantedAmount: null;
  checklist?: { required: number; requiredDone: 0 };
  coFunding?: { asked: boolean; approved: false };
};

/**
 * "Copy to next call": a new project that tries again, linked to the old one
 * so each attempt keeps its own history and success rates count applications.
 *
 * It starts in application, as DESIGN.md says, when a programme is known; a
 * copy of an idea closed before any programme was chosen starts as an idea,
 * because application requires a programme. The checklist keeps its items with
 * nothing done (new call, new attempt). Co-funding stays asked but not
 * approved: the department head approved amounts per year for the old dates,
 * and the new dates need a new decision.
 *
 * Any stage may be copied; the API decides whom it offers the action to.
 */
export function copyForNextCall<T extends ProjectFacts>(project: T): ProjectCopy<T> {
  const kept: Record<string, unknown> = { ...(project as object) };
  for (const key of NOT_COPIED_TO_NEXT_CALL) delete kept[key];
  delete kept['checklist'];
  delete kept['coFunding'];
  return {
    ...kept,
    stage: project.programmeId ? 'application' : 'idea',
    copiedFromId: project.id ?? null,
    callId: null,
    callDeadline: null,
    plannedStart: null,
    plannedEnd: null,
    outcome: null,
    grantedAmount: null,
    ...(project.checklist ? { checklist: { required: project.checklist.required, requiredDone: 0 } } : {}),
    ...(project.coFunding ? { coFunding: { asked: project.coFunding.asked, approved: false } } : {}),
  } as ProjectCopy<T>;
}
