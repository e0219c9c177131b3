import type { Params } from '@angular/router';
import {
  STAGES,
  type BoardCard,
  type BoardColumn,
  type BoardFilters,
  type ChecklistProgress,
  type ProjectFacts,
  type Stage,
} from '@gp/domain';
import { stageOptions, type StageOption } from '@gp/web/stage-moves';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How near a deadline is: passed, ≤3 days (error), ≤14 days (warn) or further off. */
export type DeadlineLevel = 'passed' | 'urgent' | 'soon' | 'later';

export interface CardDeadline {
  kind: 'call' | 'end';
  /** An ISO instant (call) or a calendar day (planned end). */
  at: string;
  daysLeft: number;
  level: DeadlineLevel;
}

/** Where a card may go from here: the stage, whether it may now, why not, and closing outcomes. */
export type CardMove = StageOption;

/** A card's checklist as the card shows it: "7/12", a late count, and the sentence read out. */
export interface CardChecklist {
  /** "7/12". */
  ratio: string;
  complete: boolean;
  overdue: number;
  /** The overdue marker's words ("2 försenade"); null when nothing is late. */
  overdueText: string | null;
  /** "Checklista: 7 av 12 klara, 2 försenade". */
  label: string;
}

/** Puts a checklist's progress into the reader's words; the page passes the active language's. */
export interface ChecklistWording {
  label(progress: ChecklistProgress): string;
  overdue(count: number): string;
}

/** Plain numbers, until the page hands the store the words of the active language. */
export const NUMERIC_CHECKLIST_WORDING: ChecklistWording = {
  label: (p) => `${p.done}/${p.total}`,
  overdue: (count) => `${count}`,
};

/** A card with everything the board shows or decides about it, computed once per board load. */
export interface CardView {
  card: BoardCard;
  deadline: CardDeadline | null;
  amount: { minor: number; kind: 'requested' | 'granted' } | null;
  checklist: CardChecklist | null;
  mayMove: boolean;
  moves: CardMove[];
}

export interface ColumnView {
  stage: Stage;
  count: number;
  sums: Array<{ currency: string; minor: number }>;
  cards: CardView[];
  /** Whether a further page can be loaded ("show more"). */
  more: boolean;
}

/** Who looks at the board: everyone may read; admins and coordinators move any card, leads their own. */
export interface BoardViewer {
  userId: string | null;
  mayMoveAll: boolean;
}

/** The stage rules' facts, from what the card carries. */
export function factsOf(card: BoardCard): ProjectFacts {
  return {
    id: card.id,
    stage: card.stage,
    outcome: card.outcome,
    programmeId: card.programmeId,
    callId: card.callId,
    callDeadline: card.callDeadline,
    plannedStart: card.plannedStart,
    plannedEnd: card.plannedEnd,
    grantedAmount:
      card.grantedMinor === null ? null : { amountMinor: card.grantedMinor, currency: card.currency },
    // Without a checklist the rule stands aside, as it does in the API.
    ...(card.coFunding ? { coFunding: card.coFunding } : {}),
    ...(card.checklist
      ? { checklist: { required: card.checklist.required, requiredDone: card.checklist.requiredDone } }
      : {}),
  };
}

/**
 * The moves a card's menu lists: every other stage, with libs/domain's answer (the same list the
 * project page shows, from libs/web/stage-moves).
 */
export function movesOf(card: BoardCard): CardMove[] {
  return stageOptions(factsOf(card), card.currency);
}

/** Whole calendar days from today to the day of `at` (negative when passed). */
export function daysUntil(at: string, today: Date): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(at) ? new Date(`${at}T00:00:00`) : new Date(at);
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const target = new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
  return Math.round((target - start) / DAY_MS);
}

export function deadlineLevel(daysLeft: number): DeadlineLevel {
  if (daysLeft < 0) return 'passed';
  if (daysLeft <= 3) return 'urgent';
  if (daysLeft <= 14) return 'soon';
  return 'later';
}

/** The date that matters next: the call deadline while applying or awaiting a decision, the planned end while running. */
export function deadlineOf(card: BoardCard, today: Date): CardDeadline | null {
  const kind =
    card.stage === 'application' || card.stage === 'decision'
      ? 'call'
      : card.stage === 'running'
        ? 'end'
        : null;
  const at = kind === 'call' ? card.callDeadline : kind === 'end' ? card.plannedEnd : null;
  if (!kind || !at) return null;
  const daysLeft = daysUntil(at, today);
  return { kind, at, daysLeft, level: deadlineLevel(daysLeft) };
}

function amountOf(card: BoardCard): CardView['amount'] {
  const late = card.stage === 'decision' || card.stage === 'running' || card.stage === 'closed';
  if (late && card.grantedMinor !== null) return { minor: card.grantedMinor, kind: 'granted' };
  if (card.requestedMinor !== null) return { minor: card.requestedMinor, kind: 'requested' };
  return null;
}

export function mayMove(card: BoardCard, viewer: BoardViewer): boolean {
  if (card.stage === 'closed') return false;
  return viewer.mayMoveAll || (viewer.userId !== null && card.projectLeadId === viewer.userId);
}

export function checklistOf(card: BoardCard, wording: ChecklistWording): CardChecklist | null {
  const progress = card.checklist;
  if (!progress || progress.total === 0) return null;
  return {
    ratio: `${progress.done}/${progress.total}`,
    complete: progress.done === progress.total,
    overdue: progress.overdue,
    overdueText: progress.overdue > 0 ? wording.overdue(progress.overdue) : null,
    label: wording.label(progress),
  };
}

export function cardView(
  card: BoardCard,
  viewer: BoardViewer,
  today: Date,
  wording: ChecklistWording = NUMERIC_CHECKLIST_WORDING,
): CardView {
  const movable = mayMove(card, viewer);
  return {
    card,
    deadline: deadlineOf(card, today),
    amount: amountOf(card),
    checklist: checklistOf(card, wording),
    mayMove: movable,
    moves: movable ? movesOf(card) : [],
  };
}

export function columnViews(
  columns: readonly BoardColumn[],
  viewer: BoardViewer,
  today: Date,
  wording: ChecklistWording = NUMERIC_CHECKLIST_WORDING,
): ColumnView[] {
  return STAGES.map((stage) => {
    const column = columns.find((c) => c.stage === stage);
    return {
      stage,
      count: column?.count ?? 0,
      sums: Object.entries(column?.sums ?? {})
        .filter(([, minor]) => typeof minor === 'number')
        .map(([currency, minor]) => ({ currency, minor: minor as number })),
      cards: (column?.cards ?? []).map((card) => cardView(card, viewer, today, wording)),
      more: !!column?.next,
    };
  });
}

const FILTER_KEYS = ['programmeId', 'departmentId', 'projectLeadId', 'year', 'q'] as const;

/** The filters a bookmarked address carries; unknown or empty values are left out. */
export function filtersFromParams(params: Params): BoardFilters {
  const filters: BoardFilters = {};
  for (const key of FILTER_KEYS) {
    const raw = params[key];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (!value) continue;
    if (key === 'year') {
      const year = Number(value);
      if (Number.isInteger(year) && year >= 1900 && year <= 2999) filters.year = year;
    } else {
      filters[key] = value;
    }
  }
  return filters;
}

/** The query params for the filters; null removes a param, so the address holds only what is set. */
export function filtersToParams(filters: BoardFilters): Params {
  return Object.fromEntries(
    FILTER_KEYS.map((key) => {
      const value = filters[key];
      return [key, value === undefined || value === '' ? null : String(value)];
    }),
  );
}
