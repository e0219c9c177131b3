/**
 * What happened to a project besides stage moves: co-funding requests and decisions, checklist
 * ticks, budget changes (their `comment` holds the BudgetChange).
 */
export const ACTIVITY_KINDS = [
  'checklist_created',
  'checklist_item_done',
  'checklist_item_reopened',
  'co_funding_requested',
  'co_funding_changed',
  'co_funding_recommended',
  'co_funding_advised_against',
  'co_funding_approved',
  'co_funding_rejected',
  'co_funding_withdrawn',
  'budget_changed',
  'document_uploaded',
  'document_replaced',
  'document_deleted',
  'idea_deleted',
  'idea_restored',
  'note_deleted',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** One line of a project's activity log. `subject` names what it was about (an item, a department). */
export interface ProjectActivity {
  id: string;
  projectId: string;
  kind: ActivityKind;
  subject: string;
  comment: string | null;
  actorId: string | null;
  actorName: string | null;
  at: string;
}
