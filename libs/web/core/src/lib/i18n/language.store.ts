import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@gp/domain';
import { LOCALES } from './locales';

const REMEMBERED_LANGUAGE = 'projektdesken.language';

/**
 * The language the desk speaks now. Before sign-in it is the one last chosen on this device;
 * after sign-in the person's saved language wins.
 */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly active = signal<Language>(this.remembered());

  readonly language = this.active.asReadonly();
  readonly locale = computed(() => LOCALES[this.active()]);

  constructor() {
    this.apply(this.active());
  }

  use(language: Language): void {
    this.active.set(language);
    this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(REMEMBERED_LANGUAGE, language);
    } catch {
      // Storage can be off (private windows, strict policies); the choice then lasts this visit only.
    }
  }

  private apply(language: Language): void {
    // Load before switching, so code that translates outside templates (titles, notices) never
    // meets a language whose texts are not there yet. The loader is synchronous.
    this.transloco.load(language).subscribe();
    this.transloco.setActiveLang(language);
    // Screen readers pick their voice from <html lang>.
    this.document.documentElement.lang = language;
  }

  private remembered(): Language {
    try {
      const saved = this.document.defaultView?.localStorage.getItem(REMEMBERED_LANGUAGE);
      return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }
}
