import { inject, provideEnvironmentInitializer, type EnvironmentProviders } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE } from '@gp/domain/people';
import { sv } from './sv';

/**
 * All of Swedish, added to the first screen's texts that the app starts with (sv-first-screen.ts).
 * The signed-in shell's route provides it, so its pages have their Swedish texts, and Norwegian
 * and English their fallback, before they render; the sign-in page's download does without them.
 */
export function provideSwedishTexts(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    // Merged into whatever Swedish is loaded; a later load of the first screen's merges into this.
    inject(TranslocoService).setTranslation(sv, DEFAULT_LANGUAGE, { merge: true });
  });
}
