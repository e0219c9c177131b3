import type { Outcome } from '../pipeline/outcome';
import type { Stage } from '../pipeline/stage';
import type { Currency } from '../money/currency';
import type { CoFundingStatus, CoFundingYear } from './co-funding.contract';

/**
 * Where an approved request's money stands for the department's budget:
 * - committed: the project is granted or running (or completed), so the money will be spent;
 * - released: the project was rejected or withdrawn, so the money is free again;
 * - approved: decided, the funder has not answered yet.
 */
export type ApprovedMoneyState = 'approved' | 'committed' | 'released';

export function approvedMoneyState(project: { stage: Stage; outcome: Outcome | null }): ApprovedMoneyState {
  if (project.outcome === 'rejected' || project.outcome === 'withdrawn') return 'released';
  if (project.stage === 'running' || project.outcome === 'granted' || project.outcome === 'completed')
    return 'committed';
  return 'approved';
}

/** One department's budget year in one currency: the frame (ram) and what requests hold of it. */
export interface LedgerYear {
  departmentId: string;
  departmentName: string;
  year: number;
  currency: Currency;
  /** The frame set for the year, in this currency; null when none is set (or it is in another currency). */
  frameMinor: number | null;
  pendingMinor: number;
  /** Everything approved, including the committed and released parts. */
  approvedMinor: number;
  committedMinor: number;
  releasedMinor: number;
  /** The frame less what is approved and not released; null without a frame. */
  remainingMinor: number | null;
}

export interface LedgerRequest {
  departmentId: string;
  departmentName: string;
  currency: Currency;
  status: CoFundingStatus;
  years: readonly CoFundingYear[];
  project: { stage: Stage; outcome: Outcome | null };
}

export interface LedgerFrame {
  departmentId: string;
  departmentName: string;
  year: number;
  amountMinor: number;
  currency: Currency;
}

/**
 * The ledger per department, budget year and currency. Cash and in kind both count against the
 * frame: staff time put in is the department's money too. Amounts in another currency than the
 * frame's get a row of their own with no frame, never a silent sum.
 */
export function coFundingLedger(
  frames: readonly LedgerFrame[],
  requests: readonly LedgerRequest[],
): LedgerYear[] {
  const rows = new Map<string, LedgerYear>();
  const row = (departmentId: string, departmentName: string, year: number, currency: Currency) => {
    const key = `${departmentId}|${year}|${currency}`;
    let found = rows.get(key);
    if (!found) {
      found = {
        departmentId,
        departmentName,
        year,
        currency,
        frameMinor: null,
        pendingMinor: 0,
        approvedMinor: 0,
        committedMinor: 0,
        releasedMinor: 0,
        remainingMinor: null,
      };
      rows.set(key, found);
    }
    return found;
  };
  for (const frame of frames)
    row(frame.departmentId, frame.departmentName, frame.year, frame.currency).frameMinor = frame.amountMinor;
  for (const request of requests) {
    if (request.status !== 'pending' && request.status !== 'approved') continue;
    for (const y of request.years) {
      const amount = y.cashMinor + y.inKindMinor;
      if (amount === 0) continue;
      const target = row(request.departmentId, request.departmentName, y.year, request.currency);
      if (request.status === 'pending') {
        target.pendingMinor += amount;
        continue;
      }
      target.approvedMinor += amount;
      const state = approvedMoneyState(request.project);
      if (state === 'committed') target.committedMinor += amount;
      if (state === 'released') target.releasedMinor += amount;
    }
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      remainingMinor: r.frameMinor === null ? null : r.frameMinor - (r.approvedMinor - r.releasedMinor),
    }))
    .sort(
      (a, b) =>
        a.departmentName.localeCompare(b.departmentName, 'sv') ||
        a.year - b.year ||
        a.currency.localeCompare(b.currency),
    );
}

/**
 * The budget years in which a request asks more than its department has left of the frame; flagged
 * to the requester and the head, never refused: a committee may decide beyond its frame.
 */
export function yearsOverFrame(
  request: { departmentId: string; currency: Currency; years: readonly CoFundingYear[] },
  ledger: readonly LedgerYear[],
): number[] {
  return request.years
    .filter((y) => {
      const year = ledger.find(
        (r) =>
          r.departmentId === request.departmentId && r.year === y.year && r.currency === request.currency,
      );
      return year?.remainingMinor != null && y.cashMinor + y.inKindMinor > year.remainingMinor;
    })
    .map((y) => y.year);
}
