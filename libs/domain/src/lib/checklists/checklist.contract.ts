/**
 * When a checklist item is due: a number of days before the call deadline (and so moving when the
 * deadline moves), or a fixed calendar day.
 */
export type DueRule = { kind: 'before_deadline'; days: number } | { kind: 'fixed'; on: string };

/** One line of a programme's checklist template, copied into each application to that programme. */
export interface ChecklistTemplateItem {
  id: string;
  programmeId: string;
  title: string;
  guidance: string;
  required: boolean;
  due: DueRule | null;
  /** The extract of the minutes of the co-funding decision: ticked when the decision is recorded. */
  isMinutesExtract: boolean;
  /** Attaching a document to an item made from this line ticks it (a partner's declaration). */
  ticksOnDocument: boolean;
  position: number;
  version: number;
}

export interface ChecklistTemplateItemInput {
  title: string;
  guidance?: string;
  required?: boolean;
  due?: DueRule | null;
  isMinutesExtract?: boolean;
  ticksOnDocument?: boolean;
}

/** One thing an application needs before it is submitted. */
export interface ChecklistItem {
  id: string;
  projectId: string;
  /** The template line it was copied from, if any. */
  templateItemId: string | null;
  title: string;
  guidance: string;
  required: boolean;
  due: DueRule | null;
  /** The day it is due (YYYY-MM-DD), worked out from the rule and the call deadline; null if unknown. */
  dueOn: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  comment: string;
  doneAt: string | null;
  doneById: string | null;
  doneByName: string | null;
  /** Whether attaching a document ticks it: its template line says so. */
  ticksOnDocument: boolean;
  /** The documents attached to it, oldest first. */
  documents: ChecklistItemDocument[];
  position: number;
  version: number;
}

/** A document as a checklist item lists it: enough to name it and download it. */
export interface ChecklistItemDocument {
  id: string;
  fileName: string;
  size: number;
}

export interface ChecklistItemInput {
  title: string;
  guidance?: string;
  required?: boolean;
  due?: DueRule | null;
  assigneeId?: string | null;
  comment?: string;
}

/** A change to one item; `done` ticks or unticks it and records who and when. */
export interface UpdateChecklistItemInput extends Partial<ChecklistItemInput> {
  done?: boolean;
  version: number;
}

/** The new order of a checklist, every item id once. */
export interface ReorderInput {
  ids: string[];
}

/** How far a checklist has come; what a card shows as 7/12. */
export interface ChecklistProgress {
  total: number;
  done: number;
  required: number;
  requiredDone: number;
  /** Items not done whose due day has passed. */
  overdue: number;
}
