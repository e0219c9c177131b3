import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@gp/domain/people';
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

  /** Settles once the remembered language's texts are there; the first screen waits for it. */
  readonly ready: Promise<void>;

  constructor() {
    this.ready = this.apply(this.active());
  }

  /** Switches texts, locale and <html lang> together, once the language's texts are loaded. */
  use(language: Language): Promise<void> {
    const switched = this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(REMEMBERED_LANGUAGE, language);
    } catch {
      // Storage can be off (private windows, strict policies); the choice then lasts this visit only.
    }
    return switched;
  }

  private apply(language: Language): Promise<void> {
    // Load before switching, so code that translates outside templates (titles, notices, call
    // times) never meets a language whose texts are not there yet. Swedish is bundled and switches
    // at once; Norwegian and English are chunks of their own, so the switch waits for their load.
    const loaded = firstValueFrom(this.transloco.load(language)).then(
      () => {
        this.transloco.setActiveLang(language);
        this.active.set(language);
        // Screen readers pick their voice from <html lang>.
        this.document.documentElement.lang = language;
      },
      () => {
        // Its chunk did not load (offline, a new deployment): keep speaking the language shown now.
      },
    );
    if (language === DEFAULT_LANGUAGE) {
      // Synchronous loader: switch now, not a microtask later, so first paint is already Swedish.
      this.transloco.setActiveLang(language);
      this.active.set(language);
      this.document.documentElement.lang = language;
    }
    return loaded;
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
