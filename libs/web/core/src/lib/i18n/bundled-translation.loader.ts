import { Injectable } from '@angular/core';
import type { TranslocoLoader } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@gp/domain/people';
import { from, of, type Observable } from 'rxjs';
import { svFirstScreen } from './sv-first-screen';
import type { Translation } from './translation';

/**
 * Hands Transloco the texts compiled into the app, with no HTTP. Swedish, the default, is in the
 * first download so first paint waits for nothing, but only the first screen's texts: the rest of
 * Swedish comes with the signed-in shell (provideSwedishTexts). Norwegian and English are chunks of
 * their own, fetched only by someone who reads them (each is ~30 kB the sign-in page need not carry).
 */
@Injectable({ providedIn: 'root' })
export class BundledTranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Partial<Translation>> {
    const language: Language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
    if (language === 'nb') return from(import('./nb').then((m) => m.nb));
    if (language === 'en') return from(import('./en').then((m) => m.en));
    return of(svFirstScreen);
  }
}
