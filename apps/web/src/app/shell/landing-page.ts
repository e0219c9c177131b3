import { inject } from '@angular/core';
import { SessionStore } from '@gp/web/session';

/**
 * Where `/` goes: the reports for a person who only reads (managers, politicians), the board for
 * everyone who works the pipeline.
 */
export function landingPage(): string {
  const roles = inject(SessionStore).roles();
  return roles.length > 0 && roles.every((role) => role === 'viewer') ? 'reports' : 'board';
}
