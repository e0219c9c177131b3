import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { ApiSession } from '@gp/web/core/http';
import { SessionStore } from './session.store';

/** Asks the API who is signed in before the first route is decided, and lends the HTTP layer the token. */
export function provideSession(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: ApiSession, useExisting: SessionStore },
    provideAppInitializer(() => inject(SessionStore).load()),
  ]);
}
