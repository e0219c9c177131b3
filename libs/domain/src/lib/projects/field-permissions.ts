import type { Outcome } from '../pipeline/outcome';
import type { Stage } from '../pipeline/stage';
import type { Role } from '../people/role';
import { editsEveryProject, mayEditProject } from './project-permissions';
import type { ProjectFields } from './project.contract';

/**
 * The project fields that not everyone who edits a project may change, by their API path (the
 * path the 422's `errors` and the web form's field errors use).
 */
export const RULED_PROJECT_FIELDS = ['departmentId', 'isPublic', 'budget.grantedMinor'] as const;
export type RuledProjectField = (typeof RULED_PROJECT_FIELDS)[number];

/** Why a field is read-only; the web shows a text for each beside the field. */
export const FIELD_LOCK_REASONS = ['not_project_editor', 'coordinators_only', 'no_grant_decided'] as const;
export type FieldLockReason = (typeof FIELD_LOCK_REASONS)[number];

export type FieldRule = { editable: true } | { editable: false; reason: FieldLockReason };
export type ProjectFieldRules = Readonly<Record<RuledProjectField, FieldRule>>;

/** What the field rules need to know of a project. */
export interface FieldRuleFacts {
  projectLeadId: string | null;
  stage: Stage;
  outcome: Outcome | null;
  /** The day the funder decided, YYYY-MM-DD. */
  decisionDate: string | null;
}

/**
 * Whether the funder's yes is recorded, so the granted amount means something: a granted
 * decision, a running project, or a closed one that ran (decided and not rejected). Before that
 * the portfolio's sums must not count an amount nobody granted.
 */
export function grantDecided(project: Pick<FieldRuleFacts, 'stage' | 'outcome' | 'decisionDate'>): boolean {
  return (
    project.outcome === 'granted' ||
    project.stage === 'running' ||
    (project.stage === 'closed' && project.decisionDate !== null && project.outcome !== 'rejected')
  );
}

/**
 * Which of the ruled fields the person may change on the project, and why not. Every other field
 * follows mayEditProject alone. The API refuses a changed read-only field with 422
 * `field_not_editable`; the web form shows it read-only with the reason.
 * - the department and the public flag are the portfolio's: coordinators and admins set them;
 * - the granted amount waits for the funder's yes (grantDecided), whoever edits.
 */
export function projectFieldRules(
  person: { id: string | null; roles: readonly Role[] },
  project: FieldRuleFacts,
): ProjectFieldRules {
  const lock = (reason: FieldLockReason): FieldRule => ({ editable: false, reason });
  const open: FieldRule = { editable: true };
  if (!mayEditProject(person, project))
    return {
      departmentId: lock('not_project_editor'),
      isPublic: lock('not_project_editor'),
      'budget.grantedMinor': lock('not_project_editor'),
    };
  const portfolio = editsEveryProject(person.roles) ? open : lock('coordinators_only');
  return {
    departmentId: portfolio,
    isPublic: portfolio,
    'budget.grantedMinor': grantDecided(project) ? open : lock('no_grant_decided'),
  };
}

/** A read-only field someone tried to change. */
export interface LockedFieldEdit {
  field: RuledProjectField;
  reason: FieldLockReason;
}

/**
 * The read-only fields an edit would change. A field sent with the value it has now is not an
 * edit: the web form sends the whole form, read-only fields included.
 */
export function lockedFieldEdits(
  rules: ProjectFieldRules,
  current: Pick<ProjectFields, 'departmentId' | 'isPublic' | 'budget'>,
  sent: Partial<Pick<ProjectFields, 'departmentId' | 'isPublic' | 'budget'>>,
): LockedFieldEdit[] {
  const changes: Record<RuledProjectField, boolean> = {
    departmentId: sent.departmentId !== undefined && sent.departmentId !== current.departmentId,
    isPublic: sent.isPublic !== undefined && sent.isPublic !== current.isPublic,
    'budget.grantedMinor':
      sent.budget !== undefined && sent.budget.grantedMinor !== current.budget.grantedMinor,
  };
  return RULED_PROJECT_FIELDS.flatMap((field) => {
    const rule = rules[field];
    return changes[field] && !rule.editable ? [{ field, reason: rule.reason }] : [];
  });
}

/**
 * Whether the person may register an idea in the department: coordinators and admins in any,
 * a project lead in their own departments only.
 */
export function mayCreateIdeaIn(
  person: { roles: readonly Role[]; departmentIds: readonly string[] },
  departmentId: string,
): boolean {
  return editsEveryProject(person.roles) || person.departmentIds.includes(departmentId);
}
