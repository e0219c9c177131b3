/**
 * Stable codes for why a move is refused. The API sends them with its 422,
 * the web app shows them before a drop, and both describe them with
 * describeRefusal; a new condition adds its code here and its texts there.
 */
export const MOVE_REFUSAL_CODES = [
  'already_in_stage',
  'closed_is_final',
  'move_not_allowed',
  'programme_missing',
  'call_missing',
  'call_deadline_missing',
  'checklist_incomplete',
  'co_funding_not_approved',
  'outcome_not_granted',
  'granted_amount_missing',
  'outcome_missing',
  'outcome_not_allowed',
  'outcome_contradicts_decision',
  'outcome_already_recorded',
  'period_reversed',
] as const;

export type MoveRefusalCode = (typeof MOVE_REFUSAL_CODES)[number];

/**
 * One reason a move is refused, with what the text needs (stage and outcome
 * params are their codes, e.g. `{ from: 'running', to: 'decision' }`).
 */
export interface MoveRefusal {
  code: MoveRefusalCode;
  params?: Record<string, string | number>;
}

export function isMoveRefusalCode(value: unknown): value is MoveRefusalCode {
  return typeof value === 'string' && (MOVE_REFUSAL_CODES as readonly string[]).includes(value);
}
