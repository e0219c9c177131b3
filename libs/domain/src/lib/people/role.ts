/** What a person may do in the desk. A person may hold several roles. */
export const ROLES = ['admin', 'coordinator', 'department_head', 'project_lead', 'viewer'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when the person holds at least one of the roles a route or page asks for. */
export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((role) => held.includes(role));
}
