import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { APP_ICONS } from './app-icons';
import { ThemeStore } from './theme.store';

/**
 * The remembered colour theme before first paint, and the app's icons as inline SVG, registered
 * once by name. Templates name an icon with `svgIcon`, never ligature text, so an icon's name never
 * becomes part of a button's or a message's text.
 */
export function provideTheme(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      inject(ThemeStore);
      const registry = inject(MatIconRegistry);
      const sanitizer = inject(DomSanitizer);
      for (const [name, markup] of Object.entries(APP_ICONS)) {
        // Trusted: the markup is a Material Symbols file bundled at build time, never user input.
        registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(markup));
      }
    }),
  ]);
}
