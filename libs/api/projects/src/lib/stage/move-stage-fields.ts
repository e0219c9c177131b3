import { MOVE_FIELDS_BY_STAGE, type MoveProjectInput } from '@gp/domain';
import { DomainError } from '@gp/api/core';
import type { ProjectEntity } from '@gp/api/data';

type StageField = keyof typeof MOVE_FIELDS_BY_STAGE;

/**
 * The project fields a move carries for its target stage (to running: the period and report
 * dates; to closed: the results), as column changes. A field sent for another stage is 422 naming
 * it: the dialog asks for what the target needs, and a date sent on a move to decision would be
 * saved by no one's intent.
 */
export function moveStageFields(input: MoveProjectInput): Partial<Pick<ProjectEntity, StageField>> {
  const changes: Partial<Record<StageField, string>> = {};
  const misplaced: Record<string, string[]> = {};
  for (const field of Object.keys(MOVE_FIELDS_BY_STAGE) as StageField[]) {
    const value = input[field];
    if (value === undefined) continue;
    if (MOVE_FIELDS_BY_STAGE[field] !== input.to) {
      misplaced[field] = [`${field} is sent only when moving to ${MOVE_FIELDS_BY_STAGE[field]}`];
      continue;
    }
    changes[field] = field === 'results' ? value.trim() : value;
  }
  if (Object.keys(misplaced).length > 0)
    throw new DomainError(
      'invalid',
      'field_not_for_stage',
      Object.values(misplaced).flat().join('; '),
      { errors: misplaced },
    );
  return changes;
}
