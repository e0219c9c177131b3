import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { embedOriginOf, MOST_EMBED_ORIGINS } from '@gp/domain';

/** The origins as typed, one per line; blank lines are nothing. */
export const originLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** libs/domain's rule for each line: `{ origin: line }` names the first that is no web site's origin. */
export function embedOriginsValue(control: AbstractControl<string>): ValidationErrors | null {
  const lines = originLines(control.value ?? '');
  if (lines.length > MOST_EMBED_ORIGINS) return { tooMany: { most: MOST_EMBED_ORIGINS } };
  const wrong = lines.find((line) => embedOriginOf(line) === null);
  return wrong === undefined ? null : { origin: { line: wrong } };
}
