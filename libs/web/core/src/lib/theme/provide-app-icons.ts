import {
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { APP_ICONS } from './app-icons';

/**
 * Registers the app's icons by name, once, where the providers are created: the signed-in shell's
 * route (not the app's start, so the sign-in page downloads neither the icons nor Material's
 * registry); templates under it then name them with `svgIcon`, never ligature text, so an icon's
 * name never becomes part of a button's or a message's text. Component tests provide it too
 * (each web project's test-setup), as the shell does.
 */
export function provideAppIcons(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideEnvironmentInitializer(() => {
      const registry = inject(MatIconRegistry);
      const sanitizer = inject(DomSanitizer);
      for (const [name, markup] of Object.entries(APP_ICONS)) {
        // Trusted: the markup is a Material Symbols file bundled at build time, never user input.
        registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(markup));
      }
    }),
  ]);
}
