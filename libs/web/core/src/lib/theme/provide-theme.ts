import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { ThemeStore } from './theme.store';

/**
 * The remembered colour theme before first paint. The app's icons are registered by the signed-in
 * shell (provideAppIcons), not here: the sign-in page draws its few icons inline and need not
 * download the others, nor Material's icon registry.
 */
export function provideTheme(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideAppInitializer(() => {
      inject(ThemeStore);
    }),
  ]);
}
