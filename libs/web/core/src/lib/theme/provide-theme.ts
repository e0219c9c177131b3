import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { ThemeStore } from './theme.store';

/**
 * The remembered colour theme before first paint, and Material icons from the self-hosted
 * symbol font. Icons are named with `fontIcon`, which draws the ligature in CSS, so an icon's
 * name never becomes part of a button's or a message's text.
 */
export function provideTheme(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      inject(ThemeStore);
      inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined', 'mat-ligature-font');
    }),
  ]);
}
