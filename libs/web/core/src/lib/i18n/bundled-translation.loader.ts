import { Injectable } from '@angular/core';
import type { TranslocoLoader } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, isLanguage } from '@gp/domain';
import { of, type Observable } from 'rxjs';
import type { Translation } from './translation';
import { TRANSLATIONS } from './translations';

/** Hands Transloco the texts compiled into the bundle, at once, so first paint and tests need no HTTP. */
@Injectable({ providedIn: 'root' })
export class BundledTranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    return of(TRANSLATIONS[isLanguage(lang) ? lang : DEFAULT_LANGUAGE]);
  }
}
