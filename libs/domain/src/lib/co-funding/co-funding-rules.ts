import type { Role } from '../people/role';
import type { Stage } from '../pipeline/stage';
import type { CoFundingRequest, CoFundingYear } from './co-funding.contract';

/**
 * The roles that decide on co-funding: a department's heads, for their departments, and admins
 * (coFundingDecisionBar says which request each may decide).
 */
export const CO_FUNDING_DECIDER_ROLES: readonly Role[] = ['department_head', 'admin'];

/** Why someone may not decide on a request, or null when they may. */
export type CoFundingDecisionBar =
  'not_head_of_department' | 'own_request' | 'not_pending' | 'above_delegation';

type Person = { id: string; roles: readonly Role[]; departmentIds: readonly string[] };

function headsDepartment(person: Person, departmentId: string): boolean {
  return (
    person.roles.includes('admin') ||
    (person.roles.includes('department_head') && person.departmentIds.includes(departmentId))
  );
}

/**
 * Only a head of the department asked, or an admin, decides, and only within the head's
 * delegation (`route` 'head'); above it the head recommends and the body decides. Nobody decides
 * on a request they made, so the one who asks is never the one who approves.
 */
export function coFundingDecisionBar(
  person: Person,
  request: Pick<CoFundingRequest, 'departmentId' | 'requestedById' | 'status'> & {
    route: Pick<CoFundingRequest['route'], 'route'>;
  },
): CoFundingDecisionBar | null {
  if (!headsDepartment(person, request.departmentId)) return 'not_head_of_department';
  if (request.requestedById === person.id) return 'own_request';
  if (request.status !== 'pending') return 'not_pending';
  if (request.route.route !== 'head') return 'above_delegation';
  return null;
}

export type CoFundingRecommendationBar =
  'not_head_of_department' | 'own_request' | 'not_pending' | 'within_delegation';

/** A head of the department asked (or an admin) advises the body on a pending request above delegation. */
export function coFundingRecommendationBar(
  person: Person,
  request: Pick<CoFundingRequest, 'departmentId' | 'requestedById' | 'status'> & {
    route: Pick<CoFundingRequest['route'], 'route'>;
  },
): CoFundingRecommendationBar | null {
  if (!headsDepartment(person, request.departmentId)) return 'not_head_of_department';
  if (request.requestedById === person.id) return 'own_request';
  if (request.status !== 'pending') return 'not_pending';
  if (request.route.route === 'head') return 'within_delegation';
  return null;
}

/** What a request waits for from one person: their decision, or their recommendation to the body. */
export type CoFundingAwaited = 'decision' | 'recommendation';

/**
 * What a request waits for from this person, or null, by the rules the approvals page and the API
 * apply: their decision within the head's delegation, or above it their recommendation until one
 * is given (after that they may still change it, but nothing waits for them).
 */
export function coFundingAwaitedFrom(
  person: Person,
  request: Pick<CoFundingRequest, 'departmentId' | 'requestedById' | 'status' | 'recommendation'> & {
    route: Pick<CoFundingRequest['route'], 'route'>;
  },
): CoFundingAwaited | null {
  if (coFundingDecisionBar(person, request) === null) return 'decision';
  if (coFundingRecommendationBar(person, request) === null && request.recommendation === null)
    return 'recommendation';
  return null;
}

/** The roles that record a body's decision from its minutes. */
export const BODY_DECISION_RECORDER_ROLES: readonly Role[] = ['coordinator', 'admin'];

export type CoFundingBodyDecisionBar = 'not_recorder' | 'not_pending' | 'within_delegation';

/**
 * A coordinator or an admin records what the body (or its chair, urgently) decided on a pending
 * request above the head's delegation. A request within delegation is the head's to decide.
 */
export function coFundingBodyDecisionBar(
  person: { roles: readonly Role[] },
  request: Pick<CoFundingRequest, 'status'> & { route: Pick<CoFundingRequest['route'], 'route'> },
): CoFundingBodyDecisionBar | null {
  if (!person.roles.some((role) => BODY_DECISION_RECORDER_ROLES.includes(role))) return 'not_recorder';
  if (request.status !== 'pending') return 'not_pending';
  if (request.route.route === 'head') return 'within_delegation';
  return null;
}

/**
 * Why no new request for co-funding may be made, or null when it may: a closed project needs no
 * more money, and a department already asked (pending, approved or rejected) is asked again by
 * changing that request's amounts, so its ledger never counts the same money twice. Without a
 * department, only what bars every request.
 */
export function coFundingRequestBar(
  project: { stage: Stage },
  requests: ReadonlyArray<Pick<CoFundingRequest, 'departmentId' | 'status'>>,
  departmentId?: string,
): 'project_closed' | 'already_asked' | null {
  if (project.stage === 'closed') return 'project_closed';
  if (
    departmentId &&
    requests.some((request) => request.departmentId === departmentId && request.status !== 'withdrawn')
  )
    return 'already_asked';
  return null;
}

/**
 * Why a request may not be withdrawn, or null when it may. Pending and approved requests are
 * withdrawn when the project no longer needs the money. A rejection stays on record as the
 * department's answer; to ask again, the amounts are changed, which sends it back to pending.
 */
export function coFundingWithdrawalBar(
  request: Pick<CoFundingRequest, 'status'>,
): 'withdrawn' | 'rejected_not_withdrawn' | null {
  if (request.status === 'withdrawn') return 'withdrawn';
  if (request.status === 'rejected') return 'rejected_not_withdrawn';
  return null;
}

/**
 * Why a request's amounts or justification may not be changed, or null when they may. Any request
 * but a withdrawn one may change; a decided one then goes back to pending for a new decision.
 */
export function coFundingChangeBar(request: Pick<CoFundingRequest, 'status'>): 'withdrawn' | null {
  return request.status === 'withdrawn' ? 'withdrawn' : null;
}

/** What the stage rule "co-funding approved" needs: withdrawn requests no longer count as asked. */
export function coFundingFacts(requests: ReadonlyArray<Pick<CoFundingRequest, 'status'>>): {
  asked: boolean;
  approved: boolean;
} {
  const live = requests.filter((r) => r.status !== 'withdrawn');
  return { asked: live.length > 0, approved: live.length > 0 && live.every((r) => r.status === 'approved') };
}

/** The problem with a request's budget years, or null: at least one year, each once, something asked. */
export function coFundingYearsProblem(
  years: readonly CoFundingYear[],
): 'years_missing' | 'year_repeated' | 'amount_missing' | null {
  if (years.length === 0) return 'years_missing';
  if (new Set(years.map((y) => y.year)).size !== years.length) return 'year_repeated';
  if (years.every((y) => y.cashMinor + y.inKindMinor === 0)) return 'amount_missing';
  return null;
}

/** Whether new amounts differ from the approved ones, so the change needs a new approval. */
export function coFundingAmountsChanged(
  before: readonly CoFundingYear[],
  after: readonly CoFundingYear[],
): boolean {
  const key = (years: readonly CoFundingYear[]) =>
    [...years]
      .sort((a, b) => a.year - b.year)
      .map((y) => `${y.year}:${y.cashMinor}:${y.inKindMinor}`)
      .join(',');
  return key(before) !== key(after);
}

/** Cash and in kind over all years. */
export function coFundingTotal(years: readonly CoFundingYear[]): { cashMinor: number; inKindMinor: number } {
  return years.reduce(
    (sum, y) => ({ cashMinor: sum.cashMinor + y.cashMinor, inKindMinor: sum.inKindMinor + y.inKindMinor }),
    { cashMinor: 0, inKindMinor: 0 },
  );
}

/** An admin, or a head of the department, sets the department's co-funding frame for a year. */
export function maySetCoFundingFrame(person: Person, departmentId: string): boolean {
  return headsDepartment(person, departmentId);
}

/** Meeting days that a change adds in the past: a plan records meetings to come, not history. */
export function meetingsAddedInPast(
  before: readonly string[],
  after: readonly string[],
  today: string,
): string[] {
  const kept = new Set(before);
  return after.filter((day) => !kept.has(day) && day < today);
}

/** A no needs its reason: a rejection or a recommendation against says why; a yes may stand alone. */
export function coFundingCommentMissing(
  outcome: CoFundingRequest['status'] | 'for' | 'against',
  comment: string,
): boolean {
  return (outcome === 'rejected' || outcome === 'against') && comment.trim() === '';
}
