import { CLOSING_OUTCOMES } from './move-graph';
import { closingOutcome } from './closing-outcome';
import { forMove, type MoveCondition } from './move-condition';
import type { MoveRefusal } from './move-refusal';

/** Writing an application means knowing which programme it is for; a title is all an idea needs. */
export const programmeChosenToApply: MoveCondition = forMove('idea', 'application', (project) =>
  project.programmeId ? null : { code: 'programme_missing' },
);

/** Nothing is submitted without the programme it goes to. */
export const programmeChosenToSubmit: MoveCondition = forMove('application', 'decision', (project) =>
  project.programmeId ? null : { code: 'programme_missing' },
);

/** A submitted application answers one call. */
export const callChosen: MoveCondition = forMove('application', 'decision', (project) =>
  project.callId ? null : { code: 'call_missing' },
);

/** The call deadline drives every reminder; a submission without it cannot be checked against it. */
export const callDeadlineKnown: MoveCondition = forMove('application', 'decision', (project) =>
  project.callDeadline ? null : { code: 'call_deadline_missing' },
);

/** Every required checklist item done; stands aside when the caller has no checklist facts. */
export const requiredChecklistDone: MoveCondition = forMove('application', 'decision', ({ checklist }) => {
  if (!checklist || checklist.requiredDone >= checklist.required) return null;
  return {
    code: 'checklist_incomplete',
    params: { done: checklist.requiredDone, required: checklist.required },
  };
});

/**
 * Co-funding the department head has approved, where co-funding is asked for:
 * programmes want the co-financing certificate with the application.
 */
export const coFundingApproved: MoveCondition = forMove('application', 'decision', ({ coFunding }) =>
  coFunding && coFunding.asked && !coFunding.approved ? { code: 'co_funding_not_approved' } : null,
);

/** A project only runs on the funder's yes. */
export const outcomeGranted: MoveCondition = forMove('decision', 'running', (project) =>
  project.outcome === 'granted' ? null : { code: 'outcome_not_granted' },
);

/** The granted amount is what the portfolio counts and the budget follows. */
export const grantedAmountKnown: MoveCondition = forMove('decision', 'running', ({ grantedAmount }) =>
  grantedAmount && grantedAmount.amountMinor > 0 ? null : { code: 'granted_amount_missing' },
);

/** A project starts running with its period, if known, the right way round. */
export const periodInOrder: MoveCondition = forMove('decision', 'running', ({ plannedStart, plannedEnd }) =>
  plannedStart && plannedEnd && plannedEnd < plannedStart
    ? { code: 'period_reversed', params: { start: plannedStart, end: plannedEnd } }
    : null,
);

/**
 * A closed project says how it ended, with an outcome its stage can close
 * with (CLOSING_OUTCOMES) that does not contradict the funder's recorded
 * answer: a granted application may be withdrawn (the grant declined) but not
 * closed as rejected, and a rejected one closes as rejected.
 */
export const closingOutcomeFits: MoveCondition = forMove(
  '*',
  'closed',
  (project, move): MoveRefusal | null => {
    const outcome = closingOutcome(project, move.outcome);
    if (outcome === null) return { code: 'outcome_missing' };
    const recorded = project.stage === 'decision' ? project.outcome : null;
    if (
      (recorded === 'granted' && outcome === 'rejected') ||
      (recorded === 'rejected' && outcome !== 'rejected')
    ) {
      return { code: 'outcome_contradicts_decision', params: { outcome, recorded } };
    }
    if (!CLOSING_OUTCOMES[move.from].includes(outcome))
      return { code: 'outcome_not_allowed', params: { outcome, from: move.from } };
    return null;
  },
);

/**
 * A decision taken back to application must not carry the funder's answer
 * with it: a granted project runs, a rejected one closes (and is copied to
 * the next call). Clear a wrongly recorded outcome first.
 */
export const noOutcomeOnStepBack: MoveCondition = forMove('decision', 'application', ({ outcome }) =>
  outcome ? { code: 'outcome_already_recorded', params: { outcome } } : null,
);

/**
 * The conditions on submitting an application that depend on other records
 * (checklist items, co-funding requests). Each stands aside when its facts
 * are absent, so callers that do not load those records yet are not refused.
 */
export const applicationConditions: readonly MoveCondition[] = [requiredChecklistDone, coFundingApproved];

/** Every condition of DESIGN.md's stage rules; checkMove's default. */
export const builtInConditions: readonly MoveCondition[] = [
  programmeChosenToApply,
  programmeChosenToSubmit,
  callChosen,
  callDeadlineKnown,
  ...applicationConditions,
  outcomeGranted,
  grantedAmountKnown,
  periodInOrder,
  closingOutcomeFits,
  noOutcomeOnStepBack,
];
