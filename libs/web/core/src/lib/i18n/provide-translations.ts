import { makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import { provideFirstScreenTranslations } from './provide-first-screen-translations';
import { provideSwedishTexts } from './provide-swedish-texts';

/**
 * Swedish, Norwegian bokmål and English, switchable at run time, in texts and page titles, with all
 * of Swedish at once: for component tests, which render a page without the shell. The app provides
 * the two halves apart (app.config, the shell's route), so the sign-in page downloads only its own.
 */
export function provideTranslations(): EnvironmentProviders {
  return makeEnvironmentProviders([provideFirstScreenTranslations(), provideSwedishTexts()]);
}
