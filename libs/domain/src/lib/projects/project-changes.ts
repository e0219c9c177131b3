import { changedFields } from '../platform/changed-fields';
import type { ProjectFields } from './project.contract';

/**
 * The fields of an edit whose values differ from the project's now. An edit that sends only
 * what is there changes nothing: the API saves nothing, keeps the version and logs no activity.
 * Lists compare in order (the order of partners and links is the user's).
 */
export function changedProjectFields(
  current: ProjectFields,
  sent: Partial<ProjectFields>,
): Partial<ProjectFields> {
  return changedFields(current, sent);
}
