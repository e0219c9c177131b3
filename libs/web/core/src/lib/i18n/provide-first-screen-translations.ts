import {
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@gp/domain/people';
import { BundledTranslationLoader } from './bundled-translation.loader';
import { LanguageStore } from './language.store';
import { TranslatedTitleStrategy } from './translated-title.strategy';

/**
 * Swedish, Norwegian bokmål and English, switchable at run time, in texts and page titles, starting
 * with the Swedish texts of the first screen (the sign-in page): what the app provides at start. The
 * signed-in shell adds the rest of Swedish (provideSwedishTexts).
 */
export function provideFirstScreenTranslations(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: true },
      },
      loader: BundledTranslationLoader,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Sets the remembered language, and <html lang>, before the first screen renders.
    provideAppInitializer(() => inject(LanguageStore).ready),
  ]);
}
