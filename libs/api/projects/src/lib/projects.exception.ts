import type { FieldLockReason, LockedFieldEdit } from '@gp/domain';
import { DomainError } from '@gp/api/core';

/** Why a field is read-only, for the 422's message; the web shows its own text per reason. */
const LOCK_REASON_TEXT: Readonly<Record<FieldLockReason, string>> = {
  not_project_editor: 'only the project lead, a coordinator or an admin edits this project',
  coordinators_only: 'only coordinators and admins set it',
  no_grant_decided: 'the granted amount is recorded once the funder has granted the project',
};

/**
 * 422 `field_not_editable`: the edit changes fields libs/domain's projectFieldRules keeps from
 * the person. `errors` names each field; `reasons` carries each reason's code for the web.
 */
export function fieldNotEditable(locked: readonly LockedFieldEdit[]): DomainError {
  const described = locked.map(({ field, reason }) => ({
    field,
    reason,
    message: `${field} may not be changed: ${LOCK_REASON_TEXT[reason]}.`,
  }));
  return new DomainError('invalid', 'field_not_editable', described.map((d) => d.message).join(' '), {
    errors: Object.fromEntries(described.map((d) => [d.field, [d.message]])),
    reasons: described.map((d) => ({ code: d.reason, params: { field: d.field }, message: d.message })),
  });
}

/** 422 `department_not_yours`: a project lead registers ideas in their own departments only. */
export function departmentNotYours(): DomainError {
  return DomainError.invalid(
    'departmentId',
    'departmentId must be one of your departments: a project lead registers ideas there only',
    'department_not_yours',
  );
}

/** 403: the person reads the project but is not its lead, a coordinator or an admin. */
export function notProjectEditor(doing: 'edits' | 'moves' | 'copies'): DomainError {
  return new DomainError(
    'forbidden',
    'forbidden',
    `Only the project lead, a coordinator or an admin ${doing} this project.`,
  );
}
