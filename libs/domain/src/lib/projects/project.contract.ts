import type { Currency } from '../money/currency';
import type { Outcome } from '../pipeline/outcome';
import type { Stage } from '../pipeline/stage';

/** The municipality's part in a project. */
export const MUNICIPALITY_ROLES = ['lead_partner', 'partner', 'associated_partner'] as const;
export type MunicipalityRole = (typeof MUNICIPALITY_ROLES)[number];

/** The three forms of internationalisation municipal strategies speak of. */
export const INTERNATIONALISATION_FORMS = [
  'external_funding',
  'competence_development',
  'cooperation',
] as const;
export type InternationalisationForm = (typeof INTERNATIONALISATION_FORMS)[number];

export interface Partner {
  organisation: string;
  /** ISO 3166-1 alpha-2, e.g. SE, NO, FI. */
  country: string;
  role: MunicipalityRole;
}

export interface ProjectLink {
  label: string;
  url: string;
}

/**
 * The budget, all in one currency and in minor units: total cost, the grant asked for, the
 * municipality's own co-funding in cash and in kind, and the amount the funder granted.
 */
export interface ProjectBudget {
  currency: Currency;
  totalMinor: number | null;
  requestedGrantMinor: number | null;
  ownCashMinor: number | null;
  ownInKindMinor: number | null;
  grantedMinor: number | null;
}

/** The fields a coordinator or project lead edits. */
export interface ProjectFields {
  title: string;
  purpose: string;
  departmentId: string;
  projectLeadId: string | null;
  coordinatorId: string | null;
  programmeId: string | null;
  callId: string | null;
  municipalityRole: MunicipalityRole | null;
  /** Calendar days, YYYY-MM-DD. */
  plannedStart: string | null;
  plannedEnd: string | null;
  /** When a running project owes the funder its interim and final reports (YYYY-MM-DD). */
  interimReportOn: string | null;
  finalReportOn: string | null;
  budget: ProjectBudget;
  partners: Partner[];
  themes: string[];
  /** Agenda 2030 goals, 1–17. */
  sdgs: number[];
  internationalisationForm: InternationalisationForm | null;
  isPublic: boolean;
  publicSummary: string;
  contactName: string;
  contactEmail: string;
  links: ProjectLink[];
  results: string;
}

export interface Project extends ProjectFields {
  id: string;
  stage: Stage;
  outcome: Outcome | null;
  /** The day the funder decided, YYYY-MM-DD. */
  decisionDate: string | null;
  /** The project this one was copied from for a new call, if any. */
  previousAttemptId: string | null;
  /** The attempt copied from this one to a later call, if any. */
  nextAttemptId: string | null;
  /** Who registered it (an idea's creator may delete it); null for projects made before that was kept. */
  createdById?: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An idea takes a title and a department and nothing else. */
export interface CreateIdeaInput {
  title: string;
  departmentId: string;
}

export type UpdateProjectInput = Partial<ProjectFields> & { version: number };

/**
 * Moving a card: to a stage, with the outcome when closing or deciding, and a comment. What the
 * target stage needs comes along: to running the period and report dates, to closed the results.
 */
export interface MoveProjectInput {
  to: Stage;
  version: number;
  outcome?: Outcome;
  grantedMinor?: number;
  decisionDate?: string;
  comment?: string;
  /** Only when moving to running (YYYY-MM-DD). */
  plannedStart?: string;
  plannedEnd?: string;
  interimReportOn?: string;
  finalReportOn?: string;
  /** Only when closing. */
  results?: string;
}

/** The fields a move may carry only to one stage. */
export const MOVE_FIELDS_BY_STAGE = {
  plannedStart: 'running',
  plannedEnd: 'running',
  interimReportOn: 'running',
  finalReportOn: 'running',
  results: 'closed',
} as const satisfies Partial<Record<keyof MoveProjectInput, Stage>>;

/** Reopening a closed project to the stage it was closed from (libs/domain's reopenStage). */
export interface ReopenProjectInput {
  version: number;
  comment?: string;
}

/** A deleted idea as the admin's restore list shows it. */
export interface DeletedIdea {
  id: string;
  title: string;
  departmentId: string;
  departmentName: string;
  deletedAt: string;
  deletedBy: { id: string; name: string } | null;
  /** After this instant it is purged. */
  restorableUntil: string;
}

/** One line of a project's history. */
export interface StageMoveRecord {
  id: string;
  from: Stage;
  to: Stage;
  outcome: Outcome | null;
  comment: string;
  movedBy: { id: string; name: string } | null;
  movedAt: string;
}
