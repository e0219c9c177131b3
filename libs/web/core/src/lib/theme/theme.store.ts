import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { THEME_PREFERENCES, isThemePreference, type ThemePreference } from './theme-preference';

const REMEMBERED_THEME = 'projektdesken.theme';

/**
 * Light, dark or the system's choice, remembered on this device. The stylesheet does the work
 * through `color-scheme`; this only pins it with `data-theme` on <html> when the person overrides.
 */
@Injectable({ providedIn: 'root' })
export class ThemeStore {
  private readonly document = inject(DOCUMENT);
  private readonly chosen = signal<ThemePreference>(this.remembered());

  readonly preference = this.chosen.asReadonly();
  /** What the toggle button switches to next: system → light → dark → system. */
  readonly next = computed(
    () => THEME_PREFERENCES[(THEME_PREFERENCES.indexOf(this.chosen()) + 1) % THEME_PREFERENCES.length],
  );

  constructor() {
    this.apply(this.chosen());
  }

  choose(preference: ThemePreference): void {
    this.chosen.set(preference);
    this.apply(preference);
    try {
      this.document.defaultView?.localStorage.setItem(REMEMBERED_THEME, preference);
    } catch {
      // Without storage the choice lasts this visit only.
    }
  }

  toggle(): void {
    this.choose(this.next());
  }

  private apply(preference: ThemePreference): void {
    const root = this.document.documentElement;
    if (preference === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', preference);
  }

  private remembered(): ThemePreference {
    try {
      const saved = this.document.defaultView?.localStorage.getItem(REMEMBERED_THEME);
      return isThemePreference(saved) ? saved : 'system';
    } catch {
      return 'system';
    }
  }
}
