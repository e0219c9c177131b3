import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { provideAppIcons } from './provide-app-icons';
import { ThemeStore } from './theme.store';

/**
 * The remembered colour theme before first paint, and the app's icons as inline SVG registered
 * by name. Templates name an icon with `svgIcon`, never ligature text, so an icon's name never
 * becomes part of a button's or a message's text.
 */
export function provideTheme(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      inject(ThemeStore);
    }),
    provideAppIcons(),
  ]);
}
