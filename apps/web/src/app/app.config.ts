import {
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideSession } from '@gp/web/session';
import { provideApiHttp } from '@gp/web/core/http';
import { provideFirstScreenTranslations } from '@gp/web/core/i18n';
import { provideTheme } from '@gp/web/core/theme';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    provideApiHttp(),
    // The sign-in page's Swedish texts; the signed-in shell adds the rest (shell.routes.ts).
    provideFirstScreenTranslations(),
    provideTheme(),
    provideSession(),
  ],
};
