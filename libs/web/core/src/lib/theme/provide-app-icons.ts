import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { APP_ICONS } from './app-icons';

/**
 * Registers the app's icons by name, once, before the first screen; templates then name them with
 * `svgIcon`. Component tests provide it too (each web project's test-setup), as the app does.
 */
export function provideAppIcons(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      const registry = inject(MatIconRegistry);
      const sanitizer = inject(DomSanitizer);
      for (const [name, markup] of Object.entries(APP_ICONS)) {
        // Trusted: the markup is a Material Symbols file bundled at build time, never user input.
        registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(markup));
      }
    }),
  ]);
}
